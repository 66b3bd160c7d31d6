import { fromPromise } from "xstate";
import type { AccountSession } from "../../src/protocol/connection/account-session.ts";
import type { SecretVault } from "../../src/conversation/secret-vault.ts";
import { domainOf } from "../../src/core/jid.ts";
import type { HistoryChoice } from "../shared/history-period.ts";
import type { Tell } from "../shared/tell.ts";
import { writeAndShareBackup, type BackupRunServices, type UploadThrough } from "../shared/backup-run.ts";
import type { Claim } from "../../src/jobs/job-lease.ts";

export interface BackupServices extends BackupRunServices {
  secrets: SecretVault;
  signIn(jid: string, password: string): Promise<AccountSession>;
  /** The address of the user's move (planned or made), if any. */
  moveTarget(user: string): Promise<string | undefined>;
  /** Claims the user's backup among all instances sharing the store (the database's own lease); undefined while one runs. */
  claim(name: string): Promise<Claim | undefined>;
}

export type BackupStart = "started" | "already-running" | "no-password";

/**
 * Starts the backup in the background and answers at once: a long archive
 * takes longer than a conversation turn may. One backup per user at a time,
 * among all instances.
 * The password leaves the vault before the work starts.
 */
export function startBackupActor(s: BackupServices) {
  return fromPromise<BackupStart, { user: string; conversation: string; history: HistoryChoice; elsewhere?: string }>(async ({ input }) => {
    const password = s.secrets.get(input.conversation, "old-password");
    const otherPassword = s.secrets.get(input.conversation, "new-password");
    s.secrets.clear(input.conversation);
    if (password === undefined || (input.elsewhere && otherPassword === undefined)) return "no-password";
    const claim = await s.claim(`backup:${input.user}`);
    if (!claim) return "already-running";
    const elsewhere = input.elsewhere ? { jid: input.elsewhere, password: otherPassword! } : undefined;
    void runBackup(s, input.user, password, input.history, elsewhere)
      .catch(() => s.tell(input.user, [{ key: "backup-failed", args: { reason: "other" } }]))
      .catch(() => undefined)
      .finally(() => claim.release().catch(() => undefined));
    return "started";
  });
}

/** The address of the user's move, offered as the other server to upload through. */
export const moveTargetActor = (s: BackupServices) => fromPromise<string | undefined, { user: string }>(({ input }) => s.moveTarget(input.user));

/**
 * Signs in and writes and shares the file through the account's own server
 * and through the other account's (XEP-0363) when the user named one: a copy
 * on another server is what survives the old one's sudden shutdown; either
 * server without an upload service leaves the other's copy.
 */
async function runBackup(s: BackupServices, user: string, password: string, history: HistoryChoice, elsewhere?: { jid: string; password: string }): Promise<void> {
  const session = await s.signIn(user, password).catch(() => undefined);
  if (!session) return s.tell(user, [{ key: "backup-failed", args: { reason: "unreachable" } }]);
  const other = elsewhere && (await s.signIn(elsewhere.jid, elsewhere.password).catch(() => undefined));
  try {
    const notes: Tell[] = elsewhere && !other ? [{ key: "backup-elsewhere-failed", args: { host: domainOf(elsewhere.jid), reason: "unreachable" } }] : [];
    const through: UploadThrough[] = [{ session, role: "own" }, ...(other ? [{ session: other, role: "elsewhere" as const }] : [])];
    await writeAndShareBackup(s, { user, source: session, through, history, notes });
  } finally {
    await Promise.all([session.close(), other?.close()]);
  }
}
