import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { Job } from "./job.ts";
import type { JobStore } from "./job-store.ts";
import type { Lease, StoreAtomics } from "../store/atomics.ts";

/** How long a job stays claimed by its instance without a renewal, unless FERRY_JOB_LEASE_MS says otherwise; renewed every third of it. */
export const LEASE_MS = 60_000;

/** The job is no longer this instance's (its claim expired and another took over, or a new plan replaced it): stop without writing. */
export class LeaseLost extends Error {
  override name = "LeaseLost";
}

export interface LeaseOptions {
  /** Injectable clock (ms), for tests. */
  now?: () => number;
  /** The lease length (FERRY_JOB_LEASE_MS); LEASE_MS by default. */
  ms?: number;
}

/**
 * Which Ferry instance runs a job, when several share one store: a running
 * job's lease names its owner (random per process), the owner's bot account
 * and how long the claim holds. The lease is taken, renewed and given up by
 * the database's own atomic steps (StoreAtomics), so of two instances
 * claiming at once exactly one gets it. A job marked running without a live
 * lease was left by an instance that died (or predates leases).
 */
export class JobLeases {
  readonly instance = randomUUID();
  /** How long a claim holds without renewal. */
  readonly ms: number;

  constructor(
    private readonly atomics: StoreAtomics,
    /** One instance per bot account: a claim of another instance on this account is a dead predecessor's. */
    private readonly bot: string,
    private readonly opts: LeaseOptions = {},
  ) {
    this.ms = opts.ms ?? LEASE_MS;
  }

  private now(): number {
    return this.opts.now?.() ?? Date.now();
  }

  private key(job: Pick<Job, "kind" | "user">): string {
    return `lease:${job.kind}:${job.user}`;
  }

  /** The job's lease as stored, live or not. */
  lease(job: Pick<Job, "kind" | "user">): Promise<Lease | undefined> {
    return this.atomics.lease(this.key(job));
  }

  /** Some instance, this one too, runs the job or is about to. */
  async held(job: Job): Promise<boolean> {
    const lease = await this.lease(job);
    if (!lease || lease.until <= this.now()) return false;
    return lease.bot !== this.bot || lease.owner === this.instance;
  }

  async abandoned(job: Job): Promise<boolean> {
    return job.status === "running" && !(await this.held(job));
  }

  /** Claims the user's job for this instance; undefined when an instance (this one too) holds it already. */
  async take(store: JobStore, user: string): Promise<Job | undefined> {
    const job = await store.get(user);
    if (!job) throw new Error(`no job for ${user}`);
    const now = this.now();
    if (!(await this.atomics.takeLease(this.key(job), { owner: this.instance, bot: this.bot, until: now + this.ms }, now))) return undefined;
    // The journal as it stands now that the job is this instance's.
    return store.get(user);
  }

  /**
   * Claims work that is not a journaled Job (a whole room's move) under
   * `name` for this instance, renewed by a timer until released; undefined
   * when an instance, this one too, holds it already.
   */
  async claim(name: string, log: Logger): Promise<Claim | undefined> {
    const key = `lease:${name}`;
    const now = this.now();
    if (!(await this.atomics.takeLease(key, { owner: this.instance, bot: this.bot, until: now + this.ms }, now))) return undefined;
    const timer = setInterval(() => {
      this.atomics.renewLease(key, this.instance, this.now() + this.ms).catch((err) => log.warn({ lease: name, err }, "lease not renewed"));
    }, this.ms / 3);
    timer.unref();
    return {
      release: async () => {
        clearInterval(timer);
        await this.atomics.releaseLease(key, this.instance);
      },
    };
  }

  /** Keeps a taken job's claim alive while it runs. */
  hold(store: JobStore, job: Job, log: Logger): HeldLease {
    return new HeldLease(this, store, job, log);
  }

  /**
   * Saves the job if this instance still holds its lease (renewed first, so it
   * holds for a whole lease length after the write) and no new plan replaced it;
   * without `claim` the lease is given up after the save.
   */
  async saveIfOwned(store: JobStore, job: Job, claim: boolean): Promise<void> {
    if (!(await this.atomics.renewLease(this.key(job), this.instance, this.now() + this.ms))) throw new LeaseLost();
    if ((await store.get(job.user))?.id !== job.id) throw new LeaseLost();
    await store.save(job);
    if (!claim) await this.atomics.releaseLease(this.key(job), this.instance);
  }
}

/** Work claimed with JobLeases.claim: give it up when the work ends. */
export interface Claim {
  release(): Promise<void>;
}

/**
 * A running job's claim: renewed on every journal save and by a timer (a
 * profile copy can outlast a lease without saving), given up when the job
 * stops. Writes go one after another, so a late renewal cannot bring the
 * claim back after the release.
 */
export class HeldLease {
  private writes: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly leases: JobLeases,
    private readonly store: JobStore,
    job: Job,
    log: Logger,
  ) {
    this.timer = setInterval(() => {
      this.save(job).catch((err) => {
        if (err instanceof LeaseLost) clearInterval(this.timer);
        log.warn({ user: job.user, kind: job.kind, err }, "job lease not renewed");
      });
    }, leases.ms / 3);
    this.timer.unref();
  }

  /** Journals the job and renews the claim; rejects with LeaseLost when the job is no longer this instance's. */
  save(job: Job): Promise<void> {
    return this.write(job, true);
  }

  /** The job stopped: its last state is saved without a claim, and renewals end. */
  release(job: Job): Promise<void> {
    clearInterval(this.timer);
    return this.write(job, false);
  }

  private write(job: Job, claim: boolean): Promise<void> {
    const done = this.writes.then(() => this.leases.saveIfOwned(this.store, job, claim));
    this.writes = done.catch(() => undefined);
    return done;
  }
}
