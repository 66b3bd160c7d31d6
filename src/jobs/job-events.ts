import type { Job } from "./job.ts";

/**
 * What the job engine tells the rest of Ferry about a job. The engine renders
 * no text: the feature that started the job words each event for its user.
 */
export type JobEvent =
  /** The job goes on (sent now and then, in every phase). */
  | { type: "progress"; job: Job }
  /** Done or cancelled: the report is due. */
  | { type: "finished"; job: Job }
  /** Stopped where it stood (shutdown, lost connection, an instance that died): resumable. */
  | { type: "interrupted"; job: Job };

export type JobListener = (event: JobEvent) => Promise<void>;
