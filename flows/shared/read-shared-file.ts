import { basename } from "node:path";
import { downloadFile } from "../../src/net/guarded-download.ts";
import { isFileLink } from "../../src/conversation/shared-file.ts";
import { say, type Say } from "../../src/conversation/flow-contract.ts";
import { ImportError } from "../../src/importers/import-entry.ts";

/** A problem with what the user sent, as a message key for the flow to say. */
export class InputError extends Error {
  constructor(
    readonly key: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** What a flow says when reading what the user sent failed: the problem, or that something went wrong on Ferry's side. */
export const problemOf = (error: unknown): Say => (error instanceof InputError ? say(error.key, error.args, "error") : say("error-internal", undefined, "error"));

/** A file the parsers cannot read, as the problem the flow tells (`import-error-<code>`); other errors as they are. */
export const fileProblem = (err: unknown, maxBytes: number): unknown =>
  err instanceof ImportError ? new InputError(`import-error-${err.code}`, { ...err.details, max: maxBytes }) : err;

const ENCRYPTED = /^aesgcm:\/\//i;

/**
 * The bytes of a file the user shared (its link: downloaded with the guarded
 * download, at most `maxBytes`) or of the text they pasted. An OMEMO-encrypted
 * upload is explained rather than fetched.
 */
export async function readSharedFile(text: string, opts: { maxBytes: number; allowPrivate: boolean }): Promise<{ bytes: Uint8Array; fileName?: string }> {
  const single = text.trim();
  if (ENCRYPTED.test(single)) throw new InputError("import-encrypted");
  if (isFileLink(single)) {
    const got = await downloadFile(single, { maxBytes: opts.maxBytes, timeoutMs: 20_000, allowPrivate: opts.allowPrivate });
    if ("error" in got) throw new InputError("import-download-failed", { reason: got.error, max: opts.maxBytes });
    return { bytes: got, fileName: basename(new URL(single).pathname) };
  }
  // Anything else is pasted text.
  return { bytes: new TextEncoder().encode(text) };
}
