import type Keyv from "keyv";
import type { Job } from "./job.ts";
import { storeAtomics, type StoreAtomics } from "../store/atomics.ts";
import { legacyList } from "../store/legacy-list.ts";
import { countJob } from "./job.ts";

/** What one user has finished of one kind of job. */
export interface FinishedJobs {
  count: number;
  /** Contacts those jobs wrote. */
  contacts: number;
  /** The latest finished job. */
  last: { jobId: string; at: string; target: string };
}

/**
 * Jobs of one kind in the store, one (the latest) per user, plus the set of
 * users who have one (a database set: concurrent first saves all stay), so a
 * restart can find interrupted jobs and admins can count them. What a user has finished is kept apart from the latest job,
 * which their next accepted plan replaces: someone who has moved stays moved.
 * A plan not yet accepted is a draft, kept beside the job, so a plan the user
 * declines or abandons leaves their job (finished, interrupted) as it was.
 */
export class JobStore {
  private readonly atomics: StoreAtomics;

  constructor(
    private readonly store: Keyv,
    /** "job" for moves, "import" for imports. */
    private readonly prefix = "job",
  ) {
    this.atomics = storeAtomics(store);
  }

  async get(user: string): Promise<Job | undefined> {
    return (await this.store.get(`${this.prefix}:${user}`)) as Job | undefined;
  }

  async save(job: Job): Promise<void> {
    job.updatedAt = new Date().toISOString();
    await this.store.set(`${this.prefix}:${job.user}`, job);
    if (job.status === "done") await this.recordFinished(job);
    // Added once per user and process; a job is saved after every window of contacts.
    if (this.indexed.has(job.user)) return;
    await this.atomics.addMember(`${this.prefix}-users`, job.user);
    this.indexed.add(job.user);
  }

  /** The plan awaiting the user's yes: the draft, or a job an older version stored as still `planned`. */
  async draft(user: string): Promise<Job | undefined> {
    const draft = (await this.store.get(`${this.prefix}-draft:${user}`)) as Job | undefined;
    if (draft) return draft;
    const job = await this.get(user);
    return job?.status === "planned" ? job : undefined;
  }

  /** Keeps a plan until the user accepts it; a newer plan replaces it. */
  async saveDraft(job: Job): Promise<void> {
    await this.store.set(`${this.prefix}-draft:${job.user}`, job);
  }

  /** The user accepted the plan: it becomes their job, replacing the one stored before. */
  async adopt(draft: Job): Promise<void> {
    await this.save(draft);
    await this.store.delete(`${this.prefix}-draft:${draft.user}`);
  }

  /** Users this process has added to the set already. */
  private readonly indexed = new Set<string>();

  async delete(user: string): Promise<void> {
    await this.store.delete(`${this.prefix}:${user}`);
  }

  async users(): Promise<string[]> {
    return [...new Set([...(await this.atomics.members(`${this.prefix}-users`)), ...(await legacyList(this.store, `${this.prefix}-index`))])];
  }

  async finished(user: string): Promise<FinishedJobs | undefined> {
    return (await this.store.get(`${this.prefix}-finished:${user}`)) as FinishedJobs | undefined;
  }

  /** Jobs finished so far, all users together. */
  async finishedCount(): Promise<number> {
    const records = await Promise.all((await this.users()).map((u) => this.finished(u)));
    return records.reduce((n, r) => n + (r?.count ?? 0), 0);
  }

  private async recordFinished(job: Job): Promise<void> {
    const before = await this.finished(job.user);
    // A finished job saved again is still one job.
    if (before?.last.jobId === job.id) return;
    const record: FinishedJobs = {
      count: (before?.count ?? 0) + 1,
      contacts: (before?.contacts ?? 0) + countJob(job).moved,
      last: { jobId: job.id, at: job.updatedAt, target: job.target },
    };
    await this.store.set(`${this.prefix}-finished:${job.user}`, record);
  }
}
