/** The HTTP half of an upload: one PUT of a file's bytes to a URL an upload service handed out. */
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";

export interface PutRequest {
  url: string;
  headers: Record<string, string>;
  /** Bytes in memory, or a file streamed from disk (a backup may be larger than Ferry should hold). */
  body: Uint8Array | { path: string; size: number };
  timeoutMs: number;
}

/** Why a PUT failed: the HTTP status, or the name of the error that stopped it (`TimeoutError`…). */
export interface PutFailure {
  detail: string;
}

/**
 * PUTs the body and resolves with undefined once the server accepted it.
 * Redirects are refused: the URL is the one the service named, and a redirect
 * would carry the file (and its authorization headers) somewhere else.
 */
export async function putFile(req: PutRequest): Promise<PutFailure | undefined> {
  try {
    const body = req.body instanceof Uint8Array ? req.body : (Readable.toWeb(createReadStream(req.body.path)) as ReadableStream<Uint8Array>);
    // A stream has no length of its own: without this header fetch would send it chunked, which upload services refuse.
    const headers = req.body instanceof Uint8Array ? req.headers : { ...req.headers, "content-length": String(req.body.size) };
    const response = await fetch(req.url, {
      method: "PUT",
      headers,
      body,
      redirect: "error",
      signal: AbortSignal.timeout(req.timeoutMs),
      // Node's fetch needs this for a streamed body.
      ...(req.body instanceof Uint8Array ? {} : { duplex: "half" }),
    } as RequestInit);
    await response.body?.cancel();
    return response.ok ? undefined : { detail: String(response.status) };
  } catch (err) {
    return { detail: (err as Error).name };
  }
}
