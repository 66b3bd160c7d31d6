import type { Job } from "../migration/job.ts";

/**
 * Where a person stands with their move, as admins count it. A plan that was
 * never confirmed counts as not started: nothing changed for anyone yet.
 */
export type MoveState = "not-started" | "in-progress" | "moved" | "stuck";

export function moveStateOf(job: Job | undefined): MoveState {
  switch (job?.status) {
    case undefined:
    case "planned":
      return "not-started";
    case "running":
      return "in-progress";
    case "done":
      return "moved";
    default:
      return "stuck";
  }
}
