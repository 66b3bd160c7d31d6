import type { AccountSession } from "../../src/protocol/connection/account-session.ts";
import type { Job } from "../../src/jobs/job.ts";
import type { HistoryChoice } from "../shared/history-period.ts";
import { writeAndShareBackup, type BackupRunServices } from "../shared/backup-run.ts";

/**
 * The backup of the old account a move's user asked for: shared through the
 * new account's server, where it outlives the old one's shutdown, or through
 * the old server when the new one has no upload service (XEP-0363).
 */
export const backupOldAccount = (s: BackupRunServices) => (job: Job, old: AccountSession, target: AccountSession) =>
  writeAndShareBackup(s, {
    user: job.user,
    source: old,
    through: [
      { session: target, role: "target" },
      { session: old, role: "own" },
    ],
    history: (job.historyBackup?.history ?? "none") as HistoryChoice,
    firstOnly: true,
  });
