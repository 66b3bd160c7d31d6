import { fromPromise } from "xstate";
import { readRoster } from "../../src/protocol/account/roster.ts";
import type { MoveServices } from "./move-actors.ts";
import { countJob, type JobCounts, type JobStatus } from "../../src/jobs/job.ts";

export interface JobView extends JobCounts {
  status: JobStatus;
  target: string;
}

/** The user's latest job as numbers, or null. */
export const jobViewActor = (s: MoveServices) =>
  fromPromise<JobView | null, { user: string }>(async ({ input }) => {
    const job = await s.jobs.get(input.user);
    return job ? { status: job.status, target: job.target, ...countJob(job) } : null;
  });

export interface Acceptance {
  accepted: string[];
  waiting: string[];
}

/** Who has approved the new account's request (subscription to/both on the new roster), and who not yet. */
export const acceptanceActor = (s: MoveServices) =>
  fromPromise<Acceptance, { user: string; conversation: string }>(async ({ input }) => {
    const job = await s.jobs.get(input.user);
    const password = s.secrets.get(input.conversation, "new-password");
    if (!job || password === undefined) throw new Error("no job or no password");
    const session = await s.signIn(job.target, password);
    try {
      const roster = new Map((await readRoster(session)).map((i) => [i.jid.toLowerCase(), i]));
      const asked = job.contacts.filter((c) => c.subscribe && c.state === "done");
      const accepted = asked.filter((c) => ["to", "both"].includes(roster.get(c.jid)?.subscription ?? "")).map((c) => c.jid);
      const waiting = asked.filter((c) => !accepted.includes(c.jid)).map((c) => c.jid);
      return { accepted, waiting };
    } finally {
      s.secrets.clear(input.conversation);
      await session.close();
    }
  });
