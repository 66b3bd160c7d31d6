import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { Job } from "./job.ts";
import type { JobStore } from "./job-store.ts";

/** How long a job stays claimed by its instance without a renewal; renewed every third of it. */
export const LEASE_MS = 60_000;
/** How long a claim is left before it is read back (see `take`); longer than a store round trip. */
const SETTLE_MS = 500;

/** The job is no longer this instance's (its claim expired and another took over, or a new plan replaced it): stop without writing. */
export class LeaseLost extends Error {
  override name = "LeaseLost";
}

export interface LeaseOptions {
  /** Injectable clock (ms), for tests. */
  now?: () => number;
  settleMs?: number;
}

/**
 * Which Ferry instance runs a job, when several share one store: a running
 * job names its owner (random per process), the owner's bot account and how
 * long the claim holds. A job marked running without a live claim was left by
 * an instance that died (or predates leases).
 */
export class JobLeases {
  readonly instance = randomUUID();

  constructor(
    /** One instance per bot account: a claim of another instance on this account is a dead predecessor's. */
    private readonly bot: string,
    private readonly opts: LeaseOptions = {},
  ) {}

  private now(): number {
    return this.opts.now?.() ?? Date.now();
  }

  /** Some instance, this one too, runs the job or is about to. */
  held(job: Job): boolean {
    const lease = job.lease;
    if (!lease || Date.parse(lease.until) <= this.now()) return false;
    return lease.bot !== this.bot || lease.owner === this.instance;
  }

  abandoned(job: Job): boolean {
    return job.status === "running" && !this.held(job);
  }

  private stamp(job: Job): void {
    job.lease = { owner: this.instance, bot: this.bot, until: new Date(this.now() + LEASE_MS).toISOString() };
  }

  /**
   * Claims the user's job for this instance; undefined when an instance
   * holds it already. Keyv has no compare-and-set, so the claim is written, left
   * to settle and read back: of two instances claiming at once the later
   * write wins and the other backs off. That holds as long as their writes
   * land less than the settle time apart, which any working store gives.
   */
  async take(store: JobStore, user: string): Promise<Job | undefined> {
    const job = await store.get(user);
    if (!job) throw new Error(`no job for ${user}`);
    if (this.held(job)) return undefined;
    this.stamp(job);
    await store.save(job);
    await new Promise((r) => setTimeout(r, this.opts.settleMs ?? SETTLE_MS));
    const after = await store.get(user);
    return after?.id === job.id && after.lease?.owner === this.instance ? job : undefined;
  }

  /** Keeps a taken job's claim alive while it runs. */
  hold(store: JobStore, job: Job, log: Logger): HeldLease {
    return new HeldLease(this, store, job, log);
  }

  /** Saves the job unless another instance (or a new plan) replaced this instance's claim. */
  async saveIfOwned(store: JobStore, job: Job, claim: boolean): Promise<void> {
    const stored = await store.get(job.user);
    if (stored?.id !== job.id || stored.lease?.owner !== this.instance) throw new LeaseLost();
    if (claim) this.stamp(job);
    else delete job.lease;
    await store.save(job);
  }
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
    }, LEASE_MS / 3);
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
