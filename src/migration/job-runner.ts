import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../accounts/account-session.ts";
import { readRoster, type RosterItem } from "../accounts/roster.ts";
import type { Job, JobContact } from "./job.ts";
import type { Pacer } from "./pacer.ts";
import type { ProfileItemReport } from "../profile/profile-report.ts";
import { addContact, conditionOf } from "./roster-writer.ts";

/**
 * Contacts written at once, to hide the round trips. Under a rate limit about
 * one second's worth, so a cancel (checked before every stanza) ends the job
 * within a second or so; unlimited, 64.
 */
const windowFor = (pacer: Pacer) => (pacer.perSecond > 0 ? Math.min(64, Math.max(1, Math.ceil(pacer.perSecond))) : 64);

export interface JobRunnerDeps {
  pacer: Pacer;
  /** Journals the job (called after every contact and every phase). */
  save(job: Job): Promise<void>;
  /**
   * Called now and then while the job works, in every phase (contacts,
   * profile, statement, notices), at most once per `progressEveryMs`.
   */
  progress(job: Job): void;
  cancelled(): boolean;
  /** Builds the children of each subscription request (`<moved/>` for a move, `<nick/>` for an import). */
  requestPayload: () => Element[];
  copyProfile(old: AccountSession, target: AccountSession): Promise<ProfileItemReport[]>;
  publishStatement(old: AccountSession, newJid: string): Promise<void>;
  /** The plain chat notice a contact gets from the old account. */
  noticeFor(contact: JobContact): string;
  retryDelayMs?: number;
  progressEveryMs?: number;
}

/** The accounts a job works on: imports write to `target` only; moves also read and mark `old`. */
export interface JobAccounts {
  old?: AccountSession;
  target: AccountSession;
}

/**
 * Moves a journaled job forward from wherever it stands. The target's roster
 * is read first: an item that is already there, or a request that is already
 * pending (`ask`), is not written or sent again, so a resumed job never
 * duplicates anything.
 */
export async function runJob(job: Job, accounts: JobAccounts, deps: JobRunnerDeps): Promise<Job> {
  const { old, target } = accounts;
  job.status = "running";
  await deps.save(job);
  let lastProgress = Date.now();
  const progressEvery = deps.progressEveryMs ?? 5_000;
  // Each journaled step is a moment to tell the user the job goes on, so no phase
  // (a paced notice loop can take minutes) leaves them without word.
  const checkpoint = async () => {
    await deps.save(job);
    // A finished job's report follows at once.
    if (job.phase === "finished" || Date.now() - lastProgress < progressEvery) return;
    lastProgress = Date.now();
    deps.progress(job);
  };

  if (job.phase === "contacts") {
    const existing = new Map<string, RosterItem>((await readRoster(target)).map((i) => [i.jid.toLowerCase(), i]));
    const pending = job.contacts.filter((c) => c.state === "pending");
    // A window of contacts is written concurrently (their requests pipelined on one
    // connection) and journaled together. A crash inside a window is safe: the
    // target's roster shows what already happened, and nothing is sent twice.
    const window = windowFor(deps.pacer);
    for (let i = 0; i < pending.length; i += window) {
      if (deps.cancelled()) return stop(job, deps, "cancelled");
      const opts = { pacer: deps.pacer, requestPayload: deps.requestPayload, retryDelayMs: deps.retryDelayMs, cancelled: deps.cancelled };
      await Promise.all(pending.slice(i, i + window).map((contact) => addContact(target, contact, existing.get(contact.jid), opts)));
      await checkpoint();
    }
    // An import ends with its contacts; a move goes on to the profile and the statement.
    job.phase = job.kind === "import" || !old ? "finished" : "profile";
    await checkpoint();
  }
  if (job.phase === "profile" && old) {
    if (deps.cancelled()) return stop(job, deps, "cancelled");
    job.profile = await deps.copyProfile(old, target);
    job.phase = "statement";
    await checkpoint();
  }
  if (job.phase === "statement" && old) {
    if (deps.cancelled()) return stop(job, deps, "cancelled");
    try {
      await deps.publishStatement(old, job.target);
      job.statement = "published";
    } catch (err) {
      job.statement = conditionOf(err);
    }
    job.phase = "notices";
    await checkpoint();
  }
  if (job.phase === "notices" && old) {
    if (job.notifyContacts) {
      for (const contact of job.contacts) {
        if (deps.cancelled()) return stop(job, deps, "cancelled");
        if (contact.state !== "done" || contact.noticeSent) continue;
        await deps.pacer.take();
        await old.send(xml("message", { type: "chat", to: contact.jid }, xml("body", {}, deps.noticeFor(contact))));
        contact.noticeSent = true;
        await checkpoint();
      }
    }
    job.phase = "finished";
  }
  return stop(job, deps, "done");
}

async function stop(job: Job, deps: JobRunnerDeps, status: "done" | "cancelled"): Promise<Job> {
  job.status = status;
  await deps.save(job);
  return job;
}
