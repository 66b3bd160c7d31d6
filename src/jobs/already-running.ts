import type { JobKind } from "./job.ts";
import type { JobStore } from "./job-store.ts";

/**
 * A job of this kind is running for the account (started from another
 * conversation, or the ad-hoc command): a new plan or draft would replace its
 * journal once accepted. The kind lets a flow say which job it is.
 */
export class JobAlreadyRunning extends Error {
  constructor(readonly kind: JobKind) {
    super(`a ${kind} job is already running`);
    this.name = "JobAlreadyRunning";
  }
}

/**
 * The job finished meanwhile (another instance resumed it and ran it to its
 * end): starting it again would only repeat its report.
 */
export class JobFinished extends Error {
  constructor(readonly kind: JobKind) {
    super(`the ${kind} job has finished`);
    this.name = "JobFinished";
  }
}

/** Throws JobAlreadyRunning when the user's latest job in this store is running. */
export async function refuseWhileRunning(store: JobStore, kind: JobKind, user: string): Promise<void> {
  if ((await store.get(user))?.status === "running") throw new JobAlreadyRunning(kind);
}
