import { fromPromise } from "xstate";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AccountSession } from "../../src/protocol/connection/account-session.ts";
import type { SecretVault } from "../../src/conversation/secret-vault.ts";
import { findUploadService, uploadFile, type UploadService } from "../../src/protocol/account/http-upload.ts";
import { domainOf } from "../../src/core/jid.ts";
import { writeBackupFile, type BackupFileResult } from "../../src/protocol/account/backup-file.ts";
import { historySince, type HistoryChoice } from "./history-period.ts";
import type { Tell } from "../shared/tell.ts";

export type { Tell };

export interface BackupServices {
  secrets: SecretVault;
  signIn(jid: string, password: string): Promise<AccountSession>;
  /** FERRY_BACKUP_MAX_BYTES. */
  maxBytes: number;
  /** Messages to the user outside a reply: the backup runs after the conversation has moved on. */
  tell(user: string, messages: Tell[]): Promise<void>;
  /** A progress message (the client shows Ferry at work again after it). */
  progress(user: string, message: Tell): Promise<void>;
  /** Where the file is written until it is uploaded (the system's temp folder by default). */
  tempDir?: string;
  /** The address of the user's move (planned or made), if any. */
  moveTarget(user: string): Promise<string | undefined>;
}

export type BackupStart = "started" | "already-running" | "no-password";

/** Progress every this many messages: long archives say how far they got, short ones stay quiet. */
const PROGRESS_EVERY = 5000;

/**
 * Starts the backup in the background and answers at once: a long archive
 * takes longer than a conversation turn may. One backup per user at a time.
 * The password leaves the vault before the work starts.
 */
export function startBackupActor(s: BackupServices) {
  const running = new Set<string>();
  return fromPromise<BackupStart, { user: string; conversation: string; history: HistoryChoice; elsewhere?: string }>(async ({ input }) => {
    const password = s.secrets.get(input.conversation, "old-password");
    const otherPassword = s.secrets.get(input.conversation, "new-password");
    s.secrets.clear(input.conversation);
    if (password === undefined || (input.elsewhere && otherPassword === undefined)) return "no-password";
    if (running.has(input.user)) return "already-running";
    running.add(input.user);
    const elsewhere = input.elsewhere ? { jid: input.elsewhere, password: otherPassword! } : undefined;
    void runBackup(s, input.user, password, input.history, elsewhere)
      .catch(() => s.tell(input.user, [{ key: "backup-failed", args: { reason: "other" } }]))
      .catch(() => undefined)
      .finally(() => running.delete(input.user));
    return "started";
  });
}

/** The address of the user's move, offered as the other server to upload through. */
export const moveTargetActor = (s: BackupServices) => fromPromise<string | undefined, { user: string }>(({ input }) => s.moveTarget(input.user));

/** An account whose server takes the file (XEP-0363), signed in. */
interface Uploader {
  session: AccountSession;
  service: UploadService;
}

/** The upload service of an account's server; undefined when it has none or does not answer. */
const uploaderOf = async (session: AccountSession): Promise<Uploader | undefined> => {
  const service = await findUploadService(session).catch(() => undefined);
  return service && { session, service };
};

/**
 * Signs in, writes the file, uploads it through the account's own server and
 * through the other account's (XEP-0363) when the user named one, and tells
 * the user how it went: where each copy lives, each link on its own as well.
 * A copy on another server is what survives the old one's sudden shutdown;
 * either server without an upload service leaves the other's copy.
 */
async function runBackup(s: BackupServices, user: string, password: string, choice: HistoryChoice, elsewhere?: { jid: string; password: string }): Promise<void> {
  const session = await s.signIn(user, password).catch(() => undefined);
  if (!session) return s.tell(user, [{ key: "backup-failed", args: { reason: "unreachable" } }]);
  const other = elsewhere && (await s.signIn(elsewhere.jid, elsewhere.password).catch(() => undefined));
  const dir = await mkdtemp(join(s.tempDir ?? tmpdir(), "ferry-backup-"));
  try {
    const notes: Tell[] = [];
    if (elsewhere && !other) notes.push({ key: "backup-elsewhere-failed", args: { host: domainOf(elsewhere.jid), reason: "unreachable" } });
    const own = await uploaderOf(session);
    const theirs = other && (await uploaderOf(other));
    if (other && !theirs) notes.push({ key: "backup-elsewhere-failed", args: { host: domainOf(other.jid), reason: "no-upload-service" } });
    const uploaders = [own, theirs].filter((u): u is Uploader => u !== undefined);
    if (uploaders.length === 0) return s.tell(user, [...notes, { key: "backup-failed", args: { reason: "no-upload-service" } }]);
    // A file a server would refuse to take is not worth writing: every upload limit caps it too.
    const maxBytes = Math.min(s.maxBytes, ...uploaders.map((u) => u.service.maxFileSize ?? Infinity));
    const filename = `${user.replace(/[^a-zA-Z0-9.-]/g, "_")}-${new Date().toISOString().slice(0, 10)}.xml`;
    const path = join(dir, filename);
    let nextProgress = PROGRESS_EVERY;
    const since = historySince(choice, new Date());
    const written = await writeBackupFile(session, {
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
      const uploaded = await uploadFile(u.session, { filename, contentType: "application/xml", path, size: written.bytes }, { service: u.service });
      if ("getUrl" in uploaded) copies.push({ host: domainOf(u.session.jid), url: uploaded.getUrl });
      else if (u === theirs) notes.push({ key: "backup-elsewhere-failed", args: { host: domainOf(u.session.jid), reason: uploaded.error } });
      else failure = uploaded.error;
    }
    if (copies.length === 0) return s.tell(user, [...notes, { key: "backup-failed", args: { reason: failure ?? "other" } }]);
    await s.tell(user, [...report(written, copies, maxBytes, domainOf(user)), ...notes]);
  } finally {
    await Promise.all([session.close(), other?.close()]);
    await rm(dir, { recursive: true, force: true });
  }
}

/** A copy of the file: the server whose upload service keeps it, and its link. */
interface Copy {
  host: string;
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
  messages.push({ key: "backup-stored-at", args: { host: first!.host, own: first!.host === ownHost ? "yes" : "no" } }, { raw: first!.url });
  for (const copy of more) messages.push({ key: "backup-also-stored-at", args: { host: copy.host, old: ownHost, url: copy.url } }, { raw: copy.url });
  if (h?.unavailable) messages.push({ key: "backup-history-unavailable" });
  else if (h) messages.push({ key: "backup-history-count", args: { messages: h.messages } });
  if (h && !h.complete && !h.unavailable) {
    messages.push({ key: "backup-history-capped", args: { megabytes: Math.round((maxBytes / (1024 * 1024)) * 10) / 10, messages: h.messages, date: (h.last ?? "").slice(0, 10) || "-" } });
  }
  if (h && !h.unavailable) messages.push({ key: "backup-history-note" });
  return messages;
}
