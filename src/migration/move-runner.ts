import { xml } from "@xmpp/client";
import type { AccountSession } from "../accounts/account-session.ts";
import { readRoster, writeRosterItem, sameRosterEntry, type RosterItem } from "../accounts/roster.ts";
import type { Job, JobContact } from "./job.ts";
import type { ProfileItemReport } from "../profile/profile-report.ts";
import { NS_MOVED } from "../profile/moved-statement.ts";
import type { Pacer } from "./pacer.ts";

export interface MoveRunnerDeps {
  pacer: Pacer;
  /** Journals the job (called after every contact and every phase). */
  save(job: Job): Promise<void>;
  /** Called now and then while contacts are moved. */
  progress(job: Job): void;
  cancelled(): boolean;
  copyProfile(old: AccountSession, target: AccountSession): Promise<ProfileItemReport[]>;
  publishStatement(old: AccountSession, newJid: string): Promise<void>;
  /** The plain chat notice a contact gets from the old account. */
  noticeFor(contact: JobContact): string;
  /** Waits between retries of a roster write the server asked to retry later. */
  retryDelayMs?: number;
  progressEveryMs?: number;
}

type StanzaErrorLike = { condition?: string; type?: string; name?: string };

const conditionOf = (err: unknown): string => (err as StanzaErrorLike)?.condition ?? (err as Error)?.name ?? "unknown";
// Worth another try: the server is busy, or the reply got lost.
const retryable = (err: unknown): boolean => (err as StanzaErrorLike)?.type === "wait" || (err as Error)?.name === "TimeoutError";

/**
 * Moves a journaled job forward from wherever it stands. The new account's
 * roster is read first: an item that is already there, or a request that is
 * already pending (`ask`), is not written or sent again, so a resumed job
 * never duplicates anything.
 */
export async function runMove(job: Job, old: AccountSession, target: AccountSession, deps: MoveRunnerDeps): Promise<Job> {
  job.status = "running";
  await deps.save(job);
  let lastProgress = Date.now();
  const progressEvery = deps.progressEveryMs ?? 5_000;

  if (job.phase === "contacts") {
    const existing = new Map<string, RosterItem>((await readRoster(target)).map((i) => [i.jid.toLowerCase(), i]));
    for (const contact of job.contacts) {
      if (deps.cancelled()) return stop(job, deps, "cancelled");
      if (contact.state !== "pending") continue;
      await moveContact(job, contact, existing.get(contact.jid), target, deps);
      await deps.save(job);
      if (Date.now() - lastProgress >= progressEvery) {
        lastProgress = Date.now();
        deps.progress(job);
      }
    }
    job.phase = "profile";
    await deps.save(job);
  }
  if (job.phase === "profile") {
    if (deps.cancelled()) return stop(job, deps, "cancelled");
    job.profile = await deps.copyProfile(old, target);
    job.phase = "statement";
    await deps.save(job);
  }
  if (job.phase === "statement") {
    if (deps.cancelled()) return stop(job, deps, "cancelled");
    try {
      await deps.publishStatement(old, job.target);
      job.statement = "published";
    } catch (err) {
      job.statement = conditionOf(err);
    }
    job.phase = "notices";
    await deps.save(job);
  }
  if (job.phase === "notices") {
    if (job.notifyContacts) {
      for (const contact of job.contacts) {
        if (deps.cancelled()) return stop(job, deps, "cancelled");
        if (contact.state !== "done" || contact.noticeSent) continue;
        await deps.pacer.take();
        await old.send(xml("message", { type: "chat", to: contact.jid }, xml("body", {}, deps.noticeFor(contact))));
        contact.noticeSent = true;
        await deps.save(job);
      }
    }
    job.phase = "finished";
  }
  return stop(job, deps, "done");
}

async function stop(job: Job, deps: MoveRunnerDeps, status: "done" | "cancelled"): Promise<Job> {
  job.status = status;
  await deps.save(job);
  return job;
}

async function moveContact(job: Job, contact: JobContact, existing: RosterItem | undefined, target: AccountSession, deps: MoveRunnerDeps): Promise<void> {
  if (!existing || !sameRosterEntry(existing, contact)) {
    for (let attempt = 1; ; attempt++) {
      try {
        await deps.pacer.take();
        await writeRosterItem(target, contact);
        break;
      } catch (err) {
        if (attempt < 3 && retryable(err)) {
          await new Promise((r) => setTimeout(r, (deps.retryDelayMs ?? 1000) * attempt));
          continue;
        }
        contact.state = "failed";
        contact.error = conditionOf(err);
        return;
      }
    }
  }
  // A pending request (ask) or an existing subscription on the target means it went out already.
  const alreadyAsked = existing?.ask === true || existing?.subscription === "to" || existing?.subscription === "both";
  if (contact.subscribe && !contact.subscribeSent && !alreadyAsked) {
    await deps.pacer.take();
    await target.send(
      xml("presence", { type: "subscribe", to: contact.jid }, xml("moved", { xmlns: NS_MOVED }, xml("old-jid", {}, job.user))),
    );
  }
  if (contact.subscribe) contact.subscribeSent = true;
  const alreadyApproved = existing?.subscription === "from" || existing?.subscription === "both";
  if (contact.preApprove && !alreadyApproved) {
    await deps.pacer.take();
    await target.send(xml("presence", { type: "subscribed", to: contact.jid }));
  }
  contact.state = "done";
}
