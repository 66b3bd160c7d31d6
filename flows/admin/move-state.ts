import type { Job } from "../../src/jobs/job.ts";
import type { FinishedJobs, JobStore } from "../../src/jobs/job-store.ts";

export type MoveState = "not-started" | "in-progress" | "moved" | "failed";

/** One person's latest move job, and the moves they have finished. */
export interface UserMoves {
  user: string;
  job?: Job;
  finished?: FinishedJobs;
}

/** Everyone with a move job, from the move journal. */
export async function readMoves(jobs: JobStore): Promise<UserMoves[]> {
  return Promise.all((await jobs.users()).map(async (user) => ({ user, job: await jobs.get(user), finished: await jobs.finished(user) })));
}

/**
 * Where a person stands with their move, as admins count it. Someone who has
 * finished a move stays moved, whatever they plan next. A plan that was never
 * confirmed counts as not started: nothing changed for anyone yet. A move
 * waiting for `resume` (after a restart or an error) is still in progress;
 * failed means cancelled by its user, or ended in failure.
 */
export function moveStateOf(moves: Omit<UserMoves, "user"> | undefined): MoveState {
  if (moves?.finished) return "moved";
  switch (moves?.job?.status) {
    case undefined:
    case "planned":
      return "not-started";
    case "running":
    case "interrupted":
      return "in-progress";
    case "done":
      return "moved";
    case "cancelled":
    case "failed":
      return "failed";
  }
}
