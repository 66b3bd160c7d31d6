import { fromPromise } from "xstate";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AccountSession } from "../../src/protocol/connection/account-session.ts";
import type { SecretVault } from "../../src/conversation/secret-vault.ts";
import { findUploadService, uploadFile } from "../../src/protocol/account/http-upload.ts";
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
  return fromPromise<BackupStart, { user: string; conversation: string; history: HistoryChoice }>(async ({ input }) => {
    const password = s.secrets.get(input.conversation, "old-password");
    s.secrets.delete(input.conversation, "old-password");
    if (password === undefined) return "no-password";
    if (running.has(input.user)) return "already-running";
    running.add(input.user);
    void runBackup(s, input.user, password, input.history)
      .catch(() => s.tell(input.user, [{ key: "backup-failed", args: { reason: "other" } }]))
      .catch(() => undefined)
      .finally(() => running.delete(input.user));
    return "started";
  });
}

/** Signs in, writes the file, uploads it through the account's own server (XEP-0363), and tells the user how it went. */
async function runBackup(s: BackupServices, user: string, password: string, choice: HistoryChoice): Promise<void> {
  const session = await s.signIn(user, password).catch(() => undefined);
  if (!session) return s.tell(user, [{ key: "backup-failed", args: { reason: "unreachable" } }]);
  const dir = await mkdtemp(join(s.tempDir ?? tmpdir(), "ferry-backup-"));
  try {
    const service = await findUploadService(session);
    if (!service) return s.tell(user, [{ key: "backup-failed", args: { reason: "no-upload-service" } }]);
    // A file the server would refuse to take is not worth writing: its upload limit caps it too.
    const maxBytes = Math.min(s.maxBytes, service.maxFileSize ?? Infinity);
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
    const uploaded = await uploadFile(session, { filename, contentType: "application/xml", path, size: written.bytes }, { service });
    if ("error" in uploaded) return s.tell(user, [{ key: "backup-failed", args: { reason: uploaded.error } }]);
    await s.tell(user, report(written, uploaded.getUrl, maxBytes));
  } finally {
    await session.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function report(written: BackupFileResult, url: string, maxBytes: number): Tell[] {
  const h = written.history;
  const messages: Tell[] = [{ key: "backup-ready", args: { url, contacts: written.counts.contacts, pepNodes: written.counts.pepNodes } }];
  if (h?.unavailable) messages.push({ key: "backup-history-unavailable" });
  else if (h) messages.push({ key: "backup-history-count", args: { messages: h.messages } });
  if (h && !h.complete && !h.unavailable) {
    messages.push({ key: "backup-history-capped", args: { megabytes: Math.round((maxBytes / (1024 * 1024)) * 10) / 10, messages: h.messages, date: (h.last ?? "").slice(0, 10) || "-" } });
  }
  if (h && !h.unavailable) messages.push({ key: "backup-history-note" });
  return messages;
}
