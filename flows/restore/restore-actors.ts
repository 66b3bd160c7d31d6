import { fromPromise } from "xstate";
import type { SignInServices } from "../shared/verify-account.ts";
import type { MessageLines } from "../../src/i18n/catalog.ts";
import { cutList } from "../../src/i18n/cut-list.ts";
import type { JobEngine } from "../../src/jobs/job-engine.ts";
import { newJob, type Job } from "../../src/jobs/job.ts";
import type { SkipReason } from "../../src/core/migration-plan.ts";
import { refuseWhileRunning } from "../../src/jobs/already-running.ts";
import { readAccountBackupInWorker } from "../../src/importers/parse-in-worker.ts";
import { mapEntries } from "../../src/importers/address-mapping.ts";
import { restoreInventory, type RestorePart } from "../../src/protocol/profile/restore-profile.ts";
import { planImport } from "../shared/import-plan.ts";
import { InputError, fileProblem, readSharedFile } from "../shared/read-shared-file.ts";
import { ImportError } from "../../src/importers/import-entry.ts";

/** What the restore flow's actors need from the running bot; signing in proves control of the account restored onto. */
export interface RestoreServices extends SignInServices {
  engine: JobEngine;
  /** FERRY_IMPORT_MAX_BYTES: a backup is downloaded and read like an import. */
  maxBytes: number;
  allowPrivate: boolean;
}

/** The preview: what the file holds and what will be written. */
export interface RestoreSummary {
  /** The account the file holds. */
  account: string;
  ferry: boolean;
  contacts: number;
  groups: number;
  parts: Record<RestorePart, number>;
  /** Messages in the file's archive: listed, not written. */
  messages: number;
  skipped: number;
  skippedList: MessageLines;
  unanswered: number;
  unansweredList: MessageLines;
}

export type ReadOutcome = { summary: RestoreSummary } | { choose: string[] };

/**
 * Reads the backup (the account in it that is the user's, or the one they
 * chose) and keeps it as a draft restore job: the contacts as an import of a
 * XEP-0227 file plans them, the profile beside them.
 */
export const readBackupActor = (s: RestoreServices) =>
  fromPromise<ReadOutcome, { user: string; text: string; account?: string }>(async ({ input }) => {
    const { bytes } = await readSharedFile(input.text, s);
    let read;
    try {
      read = await readAccountBackupInWorker(bytes, { user: input.user, maxBytes: s.maxBytes, ...(input.account ? { account: input.account } : {}) });
    } catch (err) {
      // The import's words would offer the other formats, which a restore does not read.
      if (err instanceof ImportError && err.code === "unknown-format") throw new InputError("restore-not-a-backup");
      throw fileProblem(err, s.maxBytes);
    }
    if ("choose" in read) return { choose: read.choose };
    const plan = planImport(mapEntries(read.roster.entries, {}), { user: input.user, fromRoster: true });
    const job = newJob("restore", s.engine.newJobId(), input.user, input.user, plan.contacts, plan.skipped, plan.groups);
    leaveOut(job, read.account, "self");
    if (plan.unanswered) job.unanswered = plan.unanswered;
    job.backup = { from: read.account, profile: read.profile };
    await refuseWhileRunning(s.engine.store("restore"), "restore", input.user);
    await s.engine.store("restore").saveDraft(job);
    return {
      summary: {
        account: read.account,
        ferry: read.ferry,
        contacts: job.contacts.length,
        groups: plan.groups.length,
        parts: restoreInventory(read.profile),
        messages: read.history?.messages ?? 0,
        skipped: job.skipped.length,
        skippedList: cutList(job.skipped, (x) => ({ key: "report-skipped-item", args: { jid: x.jid, reason: x.reason } })),
        unanswered: plan.unanswered?.length ?? 0,
        unansweredList: cutList(plan.unanswered ?? [], (jid) => ({ key: "import-unanswered-item", args: { jid } })),
      },
    };
  });

/** An account is not its own contact: the file's account, or the one restored onto, in the roster is skipped with its reason. */
function leaveOut(job: Job, jid: string, reason: SkipReason): void {
  const own = job.contacts.filter((c) => c.jid.toLowerCase() === jid.toLowerCase());
  job.contacts = job.contacts.filter((c) => !own.includes(c));
  job.skipped.push(...own.map((c) => ({ jid: c.jid, ...(c.name ? { name: c.name } : {}), reason })));
}

/** Where the user's move goes, if they planned or made one: a restore can go there instead of the account they chat from. */
export const moveTargetActor = (s: RestoreServices) =>
  fromPromise<string | null, { user: string }>(async ({ input }) => {
    const store = s.engine.store("move");
    return (await store.get(input.user))?.target ?? (await store.draft(input.user))?.target ?? null;
  });

/** An interrupted restore of the user's, to go on with: its target. */
export const interruptedRestoreActor = (s: RestoreServices) =>
  fromPromise<string | null, { user: string }>(async ({ input }) => {
    const job = await s.engine.store("restore").get(input.user);
    return job?.status === "interrupted" ? job.target : null;
  });

/**
 * Starts the restore in the background: the draft (pointed at the chosen
 * account) or, with `resume`, the interrupted job as its journal left it.
 */
export const startRestoreActor = (s: RestoreServices) =>
  fromPromise<void, { user: string; conversation: string; account: string; secret: string; resume: boolean }>(async ({ input }) => {
    const store = s.engine.store("restore");
    const password = s.secrets.get(input.conversation, input.secret);
    try {
      if (password === undefined) throw new Error("no password");
      if (!input.resume) {
        await refuseWhileRunning(store, "restore", input.user);
        const job = await store.draft(input.user);
        if (!job) throw new Error("no draft restore");
        job.target = input.account;
        leaveOut(job, input.account, "target");
        await store.adopt(job);
      }
      await s.engine.start("restore", input.user, { new: password });
    } finally {
      s.secrets.clear(input.conversation);
    }
  });
