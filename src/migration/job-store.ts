import type Keyv from "keyv";
import type { Job } from "./job.ts";

/**
 * Jobs of one kind in the store, one (the latest) per user, plus an index of
 * users who have one, so a restart can find interrupted jobs and admins can
 * count them.
 */
export class JobStore {
  constructor(
    private readonly store: Keyv,
    /** "job" for moves, "import" for imports. */
    private readonly prefix = "job",
  ) {}

  async get(user: string): Promise<Job | undefined> {
    return (await this.store.get(`${this.prefix}:${user}`)) as Job | undefined;
  }

  async save(job: Job): Promise<void> {
    job.updatedAt = new Date().toISOString();
    await this.store.set(`${this.prefix}:${job.user}`, job);
    // The index changes once per user; a job is saved after every window of contacts.
    if (this.indexed.has(job.user)) return;
    const index = await this.users();
    if (!index.includes(job.user)) await this.store.set(`${this.prefix}-index`, [...index, job.user]);
    this.indexed.add(job.user);
  }

  /** Users known to be in the index already (several instances may add others; they only add). */
  private readonly indexed = new Set<string>();

  async delete(user: string): Promise<void> {
    await this.store.delete(`${this.prefix}:${user}`);
  }

  async users(): Promise<string[]> {
    return ((await this.store.get(`${this.prefix}-index`)) as string[] | undefined) ?? [];
  }
}
