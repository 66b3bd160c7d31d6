import type Keyv from "keyv";
import type { Job } from "./job.ts";

/**
 * Jobs in the store, one (the latest) per user, plus an index of users who
 * have one, so a restart can find interrupted jobs and admins can count them.
 */
export class JobStore {
  constructor(private readonly store: Keyv) {}

  async get(user: string): Promise<Job | undefined> {
    return (await this.store.get(`job:${user}`)) as Job | undefined;
  }

  async save(job: Job): Promise<void> {
    job.updatedAt = new Date().toISOString();
    await this.store.set(`job:${job.user}`, job);
    const index = await this.users();
    if (!index.includes(job.user)) await this.store.set("jobs:index", [...index, job.user]);
  }

  async delete(user: string): Promise<void> {
    await this.store.delete(`job:${user}`);
  }

  async users(): Promise<string[]> {
    return ((await this.store.get("jobs:index")) as string[] | undefined) ?? [];
  }
}
