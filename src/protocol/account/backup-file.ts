/**
 * The backup written straight to a file: the account's XEP-0227 elements,
 * then its message archive as XEP-0227 defines it (`urn:xmpp:pie:0#mam`, one
 * MAM `<result/>` per message, oldest first, the form Prosody's
 * prosody-migrator imports), then Ferry's own element. Each archive page is
 * written as soon as it arrives, waiting for the disk when it lags, so memory
 * stays flat however long the archive is.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { xml } from "@xmpp/client";
import type { AccountSession } from "../connection/account-session.ts";
import {
  DOCUMENT_TAIL,
  countExport,
  documentHead,
  ferryElement,
  readAccount,
  userElements,
  type ExportCounts,
  type HistorySummary,
} from "./xep0227-export.ts";
import { NS_DELAY, NS_FORWARD, NS_MAM, readArchive, type ArchivedMessage } from "./message-archive.ts";
import { isStanzaError } from "../stanza-error.ts";

const NS_PIE_MAM = "urn:xmpp:pie:0#mam";

export interface BackupFileOptions {
  path: string;
  /** Include the message archive: all of it, or from `since` on. Absent: no history. */
  history?: { since?: Date };
  /** The file stops growing here: the history ends before the message that would pass it. */
  maxBytes: number;
  /** Called after each archive page with the messages written so far and the last one's stamp. */
  onProgress?: (messages: number, lastStamp: string) => void;
  /** Messages asked per archive page. */
  pageSize?: number;
  now?: Date;
}

export interface BackupFileResult {
  bytes: number;
  counts: ExportCounts;
  /** What the archive part holds; absent without history. `unavailable`: the server refused to share the archive. */
  history?: HistorySummary & { unavailable?: boolean };
}

/** The bytes of a document ending after the archive, for the largest summary Ferry could write. */
function reserveAfterArchive(tail: (h: HistorySummary) => string): number {
  const stamp = "9999-12-31T23:59:59.999999Z";
  return Buffer.byteLength(tail({ since: stamp, messages: Number.MAX_SAFE_INTEGER, first: stamp, last: stamp, complete: false }));
}

function resultText(m: ArchivedMessage): string {
  return xml("result", { xmlns: NS_MAM, id: m.id }, xml("forwarded", { xmlns: NS_FORWARD }, xml("delay", { xmlns: NS_DELAY, stamp: m.stamp }), m.message)).toString();
}

/** Reads the account over `session` and writes its backup to `path` (created with owner-only access). */
export async function writeBackupFile(session: AccountSession, o: BackupFileOptions): Promise<BackupFileResult> {
  const data = await readAccount(session);
  const exportedAt = (o.now ?? new Date()).toISOString();
  const out = createWriteStream(o.path, { mode: 0o600 });
  let bytes = 0;
  const put = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  };
  const closing = (h?: HistorySummary) => String(ferryElement(data, exportedAt, h)) + DOCUMENT_TAIL;
  try {
    await put(documentHead(data.jid));
    for (const el of userElements(data)) await put(el.toString());
    let history: BackupFileResult["history"];
    if (o.history) {
      history = { since: o.history.since?.toISOString() ?? "all", messages: 0, complete: true };
      const afterArchive = (h: HistorySummary) => `</archive>${closing(h)}`;
      const budget = o.maxBytes - reserveAfterArchive(afterArchive);
      await put(`<archive xmlns='${NS_PIE_MAM}'>`);
      try {
        pages: for await (const page of readArchive(session, { ...(o.history.since ? { start: o.history.since } : {}), ...(o.pageSize ? { pageSize: o.pageSize } : {}) })) {
          for (const m of page) {
            const text = resultText(m);
            if (bytes + Buffer.byteLength(text) > budget) {
              history.complete = false;
              break pages;
            }
            await put(text);
            history.messages++;
            history.first ??= m.stamp;
            history.last = m.stamp;
          }
          o.onProgress?.(history.messages, history.last ?? "");
        }
      } catch (err) {
        // A server without MAM, or one refusing it, still gets the rest of the backup.
        if (!isStanzaError(err) || history.messages > 0) throw err;
        history.unavailable = true;
        history.complete = false;
      }
      await put(afterArchive(history));
    } else {
      await put(closing());
    }
    out.end();
    await finished(out);
    return { bytes, counts: countExport(data), ...(history ? { history } : {}) };
  } catch (err) {
    out.destroy();
    throw err;
  }
}
