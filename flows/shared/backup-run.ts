import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AccountSession } from "../../src/protocol/connection/account-session.ts";
import { findUploadService, uploadFile, type UploadService } from "../../src/protocol/account/http-upload.ts";
import { domainOf } from "../../src/core/jid.ts";
import { writeBackupFile, type BackupFileResult } from "../../src/protocol/account/backup-file.ts";
import { historySince, type HistoryChoice } from "./history-period.ts";
import type { Tell } from "./tell.ts";

/** What writing and sharing a backup needs from the running bot (`backup`, and a move that keeps one). */
export interface BackupRunServices {
  /** FERRY_BACKUP_MAX_BYTES. */
  maxBytes: number;
  /** Messages to the user outside a reply: the backup runs after the conversation has moved on. */
  tell(user: string, messages: Tell[]): Promise<void>;
  /** A progress message (the client shows Ferry at work again after it). */
  progress(user: string, message: Tell): Promise<void>;
  /** Where the file is written until it is uploaded (the system's temp folder by default). */
  tempDir?: string;
}

/**
 * An account, signed in, whose server may take the file (XEP-0363): the
 * backed-up account's own, another of the user's (`elsewhere`), or the
 * account a move goes to (`target`).
 */
export interface UploadThrough {
  session: AccountSession;
  role: "own" | "elsewhere" | "target";
}

/** One backup: whose account, read through which session, shared through which accounts, with which history. */
export interface BackupRun {
  user: string;
  source: AccountSession;
  through: UploadThrough[];
  history: HistoryChoice;
  /** Upload through the first account that takes the file only: the others are fallbacks. */
  firstOnly?: boolean;
  /** Told with the outcome (an account to upload through that could not be signed in). */
  notes?: Tell[];
}

/** Progress every this many messages: long archives say how far they got, short ones stay quiet. */
const PROGRESS_EVERY = 5000;

interface Uploader extends UploadThrough {
  service: UploadService;
}

/**
 * Writes the account (with the history chosen) as a XEP-0227 file, uploads it
 * through each account of `through` in turn, and tells the user how
 * it went: where each copy lives, each link on its own message as well.
 * The sessions stay open: the caller signed them in and closes them.
 * Resolves true when a copy was stored.
 */
export async function writeAndShareBackup(s: BackupRunServices, run: BackupRun): Promise<boolean> {
  const { user, source, through, history: choice } = run;
  const notes: Tell[] = [...(run.notes ?? [])];
  const uploaders: Uploader[] = [];
  for (const t of through) {
    const service = await findUploadService(t.session).catch(() => undefined);
    if (service) uploaders.push({ ...t, service });
    else if (t.role !== "own") notes.push({ key: "backup-elsewhere-failed", args: { host: domainOf(t.session.jid), reason: "no-upload-service" } });
  }
  if (uploaders.length === 0) {
    await s.tell(user, [...notes, { key: "backup-failed", args: { reason: "no-upload-service" } }]);
    return false;
  }
  const dir = await mkdtemp(join(s.tempDir ?? tmpdir(), "ferry-backup-"));
  try {
    // A file a server would refuse to take is not worth writing: every upload limit caps it too.
    const maxBytes = Math.min(s.maxBytes, ...uploaders.map((u) => u.service.maxFileSize ?? Infinity));
    const filename = `${user.replace(/[^a-zA-Z0-9.-]/g, "_")}-${new Date().toISOString().slice(0, 10)}.xml`;
    const path = join(dir, filename);
    let nextProgress = PROGRESS_EVERY;
    const since = historySince(choice, new Date());
    const written = await writeBackupFile(source, {
      path,
      maxBytes,
      ...(since === undefined ? {} : { history: since === "all" ? {} : { since } }),
      onProgress: (messages, last) => {
        if (messages < nextProgress) return;
        nextProgress = messages + PROGRESS_EVERY;
        void s.progress(user, { key: "backup-progress", args: { messages, date: last.slice(0, 10) } }).catch(() => undefined);
      },
    });
    const copies: Copy[] = [];
    let failure: string | undefined;
    for (const u of uploaders) {
      if (run.firstOnly && copies.length > 0) break;
      const uploaded = await uploadFile(u.session, { filename, contentType: "application/xml", path, size: written.bytes }, { service: u.service });
      if ("getUrl" in uploaded) copies.push({ host: domainOf(u.session.jid), role: u.role, url: uploaded.getUrl });
      else if (u.role !== "own") notes.push({ key: "backup-elsewhere-failed", args: { host: domainOf(u.session.jid), reason: uploaded.error } });
      else failure = uploaded.error;
    }
    if (copies.length === 0) {
      await s.tell(user, [...notes, { key: "backup-failed", args: { reason: failure ?? "other" } }]);
      return false;
    }
    await s.tell(user, [...report(written, copies, maxBytes, domainOf(user)), ...notes]);
    return true;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A copy of the file: the server whose upload service keeps it, and its link. */
interface Copy {
  host: string;
  role: UploadThrough["role"];
  url: string;
}

/**
 * The first copy's link in the "here is your backup" line, where each copy
 * lives and for how long (XEP-0363 says nothing about it: the admin decides),
 * and each link on its own, which clients show as a file to save.
 */
function report(written: BackupFileResult, [first, ...more]: Copy[], maxBytes: number, ownHost: string): Tell[] {
  const h = written.history;
  const messages: Tell[] = [{ key: "backup-ready", args: { url: first!.url, contacts: written.counts.contacts, pepNodes: written.counts.pepNodes } }];
  const kept = first!.role === "target" ? "target" : first!.role === "own" ? "yes" : "no";
  messages.push({ key: "backup-stored-at", args: { host: first!.host, own: kept } }, { raw: first!.url });
  for (const copy of more) messages.push({ key: "backup-also-stored-at", args: { host: copy.host, old: ownHost, url: copy.url } }, { raw: copy.url });
  if (h?.unavailable) messages.push({ key: "backup-history-unavailable" });
  else if (h) messages.push({ key: "backup-history-count", args: { messages: h.messages } });
  if (h && !h.complete && !h.unavailable) {
    messages.push({ key: "backup-history-capped", args: { megabytes: Math.round((maxBytes / (1024 * 1024)) * 10) / 10, messages: h.messages, date: (h.last ?? "").slice(0, 10) || "-" } });
  }
  if (h && !h.unavailable) messages.push({ key: "backup-history-note" });
  return messages;
}
