import type { Logger } from "pino";
import { randomUUID } from "node:crypto";
import type { AccountSession } from "../protocol/connection/account-session.ts";
import type { JobStore } from "./job-store.ts";
import type { Job, JobKind, JobStatus } from "./job.ts";
import { JobAlreadyRunning, JobFinished } from "./already-running.ts";
import type { ProfileItemReport } from "../protocol/profile/profile-report.ts";
import { readNickname } from "../protocol/profile/copy-nickname.ts";
import type { RequestNote } from "../protocol/account/roster.ts";
import { runJob, type JobLanes, type JobRunnerDeps } from "./job-runner.ts";
import { JobLeases, type Claim, LeaseLost, type LeaseOptions } from "./job-lease.ts";
import type { ServerPaces } from "./server-pace.ts";
import { SubscriptionPace, subscribeRateFor, type SubscribeRate } from "./subscription-pace.ts";
import type { DestinationPaces } from "./destination-pace.ts";
import { serverSoftware } from "../protocol/account/server-software.ts";
import { domainOf } from "../core/jid.ts";
import type { StoreAtomics } from "../store/atomics.ts";
import type { JobEvent, JobListener } from "./job-events.ts";
import type { RoomTexts } from "./room-follower.ts";

export interface JobEngineDeps {
  /** One store per kind: a user may have a move and an import at the same time. */
  stores: Record<JobKind, JobStore>;
  log: Logger;
  signIn(jid: string, password: string): Promise<AccountSession>;
  copyProfile(old: AccountSession, target: AccountSession): Promise<ProfileItemReport[]>;
  publishStatement(old: AccountSession, newJid: string): Promise<void>;
  restorePart: JobRunnerDeps["restorePart"];
  /** Writes and shares a move's `historyBackup` of the old account, told to its user; true when a copy was stored. */
  backupOld?(job: Job, old: AccountSession, target: AccountSession): Promise<boolean>;
  /** The turns toward each server (FERRY_SERVER_RATE), shared with everything else Ferry sends there. */
  paces: ServerPaces;
  /** FERRY_SUBSCRIBE_RATE: the limit on subscription presences a server gets unless it is known to have none; undefined: no limit. */
  subscribeRate?: SubscribeRate;
  /** FERRY_SUBSCRIBE_RATE toward each contact server that counts arriving requests, shared with every job of this process. */
  destinations?: DestinationPaces;
  /** The plain chat notice a contact gets from the old account, in the user's words (a move's `notifyContacts`). */
  noticeText(job: Job): Promise<string>;
  /** What the old account says in and about a move's group chats, in the user's language. */
  roomTexts(job: Job): Promise<RoomTexts>;
  progressEveryMs?: number;
  /** The bot's own account (FERRY_JID), recorded in job leases. */
  botJid: string;
  /** The store's atomic steps, which job leases are taken with. */
  atomics: StoreAtomics;
  /** How long job leases last (FERRY_JOB_LEASE_MS), and their clock in tests. */
  lease?: LeaseOptions;
}

type Stop = "cancel" | "interrupt" | undefined;

/** A job in these states has run to its end; a plan starts as `planned`, a resume finds it `interrupted`. */
const FINISHED = new Set<JobStatus>(["done", "cancelled", "failed"]);

/**
 * Runs moves and imports in the background, one of each per user, and tells
 * what happens as JobEvents (it renders no text: the features word them).
 * Passwords reach it only to sign in; they are not kept.
 * Instances sharing a store run each job once: a running job is leased to
 * the instance running it.
 */
export class JobEngine {
  private readonly running = new Map<string, { stop: Stop; done: Promise<void> }>();
  private listener: JobListener = async () => undefined;
  private readonly leases: JobLeases;
  private watcher: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;

  constructor(private readonly deps: JobEngineDeps) {
    this.leases = new JobLeases(deps.atomics, deps.botJid, deps.lease);
  }

  /** This process among the instances sharing the store. */
  get instance(): string {
    return this.leases.instance;
  }

  /** Claims other work than a job (a room move) for this instance, as a job's lease is taken; undefined when it is held. */
  claim(name: string): Promise<Claim | undefined> {
    return this.leases.claim(name, this.deps.log);
  }

  /** How many jobs of this kind this instance runs now. */
  runningCount(kind: JobKind): number {
    return [...this.running.keys()].filter((key) => key.startsWith(`${kind}:`)).length;
  }

  /** Where the engine's events go; set once the bot can talk to users. */
  onEvent(listener: JobListener): void {
    this.listener = listener;
  }

  /** A listener that fails (the user is offline, the bot's connection is gone) never stops a job. */
  private async emit(event: JobEvent): Promise<void> {
    await this.listener(event).catch((err) => this.deps.log.warn({ err, user: event.job.user, event: event.type }, "job event not delivered"));
  }

  newJobId(): string {
    return randomUUID();
  }

  store(kind: JobKind): JobStore {
    return this.deps.stores[kind];
  }

  /**
   * Signs in (a move: both accounts; an import: the target only), then works in
   * the background. Rejects with a SignInError when a sign-in fails, with
   * JobAlreadyRunning when an instance (this one too) runs the job, and with
   * JobFinished when it has finished meanwhile.
   */
  async start(kind: JobKind, user: string, passwords: { old?: string; new: string }): Promise<void> {
    const key = `${kind}:${user}`;
    if (this.running.has(key)) throw new JobAlreadyRunning(kind);
    const job = await this.store(kind).get(user);
    if (!job) throw new Error(`no ${kind} job for ${user}`);
    if (FINISHED.has(job.status)) throw new JobFinished(kind);
    if (await this.leases.held(job)) return this.alreadyRunning(job);
    const old = kind === "move" && passwords.old !== undefined ? await this.deps.signIn(job.user, passwords.old) : undefined;
    let target: AccountSession;
    try {
      target = await this.deps.signIn(job.target, passwords.new);
    } catch (err) {
      await old?.close();
      throw err;
    }
    // Claimed after the sign-ins, which take seconds: another instance may have started it meanwhile.
    let taken: Job | undefined;
    try {
      taken = await this.leases.take(this.store(kind), user);
    } finally {
      if (!taken) await Promise.all([old?.close(), target.close()]);
    }
    if (!taken) return this.alreadyRunning(job);
    const entry: { stop: Stop; done: Promise<void> } = { stop: undefined, done: Promise.resolve() };
    entry.done = this.run(taken, old, target, () => entry.stop).finally(() => this.running.delete(key));
    this.running.set(key, entry);
  }

  /** The user cancelled: the job stops between two contacts and reports what it did. */
  cancel(kind: JobKind, user: string): void {
    const entry = this.running.get(`${kind}:${user}`);
    if (entry) entry.stop = "cancel";
  }

  /** An instance runs this job (or is starting it): its user gets that run's report, not a second run. */
  private async alreadyRunning(job: Job): Promise<never> {
    this.deps.log.info({ user: job.user, kind: job.kind, owner: (await this.leases.lease(job))?.owner }, "job already running");
    throw new JobAlreadyRunning(job.kind);
  }

  /** Shutdown: every job stops between two contacts, stays resumable, and its user is told; `watch` ends. */
  async interruptAll(): Promise<void> {
    clearInterval(this.watcher);
    for (const entry of this.running.values()) entry.stop = "interrupt";
    await Promise.all([...this.running.values()].map((e) => e.done));
  }

  /** `<moved/>` tells contacts who moved; an import introduces the user by nickname (XEP-0172) when they have one. */
  private async requestNote(job: Job, target: AccountSession): Promise<RequestNote> {
    if (job.kind === "move") return { movedFrom: job.user };
    // A backup of another address is a move in all but name; a restore onto the same address is not.
    if (job.backup && job.backup.from.toLowerCase() !== job.target.toLowerCase()) return { movedFrom: job.backup.from };
    const nick = await readNickname(target).catch(() => undefined);
    return nick ? { nick } : {};
  }

  /** A job takes turns at each server it sends to: once when both accounts are on the same one. */
  private joinLanes(old: AccountSession | undefined, target: AccountSession): JobLanes {
    const targetDomain = domainOf(target.jid.toLowerCase());
    const oldDomain = old && domainOf(old.jid.toLowerCase());
    return {
      target: this.deps.paces.of(targetDomain).join(),
      ...(oldDomain && oldDomain !== targetDomain ? { old: this.deps.paces.of(oldDomain).join() } : {}),
    };
  }

  private async run(job: Job, old: AccountSession | undefined, target: AccountSession, stop: () => Stop): Promise<void> {
    const { log } = this.deps;
    const notice = job.notifyContacts || job.contacts.some((c) => c.noticeRequired) ? await this.deps.noticeText(job) : "";
    const lease = this.leases.hold(this.store(job.kind), job, log);
    const lanes = this.joinLanes(old, target);
    let lost = false;
    try {
      if (old) await this.backupOnce(job, old, target, (j) => lease.save(j));
      const software = this.deps.subscribeRate && (await serverSoftware(target));
      const rate = subscribeRateFor(this.deps.subscribeRate, software);
      await runJob(job, { old, target }, {
        lanes,
        ...(rate ? { subscriptions: new SubscriptionPace(rate) } : {}),
        ...(this.deps.destinations ? { destinations: this.deps.destinations } : {}),
        save: (j) => lease.save(j),
        progress: (j) => void this.emit({ type: "progress", job: j }),
        cancelled: () => stop() !== undefined,
        requestNote: await this.requestNote(job, target),
        copyProfile: this.deps.copyProfile,
        publishStatement: this.deps.publishStatement,
        restorePart: this.deps.restorePart,
        noticeFor: () => notice,
        roomTexts: await this.deps.roomTexts(job),
        progressEveryMs: this.deps.progressEveryMs,
      });
      if (stop() === "interrupt") job.status = "interrupted";
      await lease.release(job);
      log.info({ user: job.user, kind: job.kind, status: job.status }, "job finished");
    } catch (err) {
      lost = err instanceof LeaseLost;
      if (lost) {
        // Another instance took the job over (this one's claim had expired) or a new plan replaced it: the user hears from that.
        log.warn({ user: job.user, kind: job.kind }, "job taken over by another instance");
      } else {
        log.error({ user: job.user, kind: job.kind, err }, "job stopped by an error");
        job.status = "interrupted";
        job.error = (err as { condition?: string }).condition ?? (err as Error).message;
      }
      await lease.release(job).catch(() => undefined);
    } finally {
      lanes.target.leave();
      lanes.old?.leave();
      await Promise.all([old?.close(), target.close()]);
    }
    if (lost) return;
    await this.emit({ type: job.status === "interrupted" ? "interrupted" : "finished", job });
  }

  /**
   * The backup a move's user asked for, before the contacts, the statement and the notices: journaled
   * as running first, so a backup a restart cut short is reported and not made a second time.
   */
  private async backupOnce(job: Job, old: AccountSession, target: AccountSession, save: (job: Job) => Promise<void>): Promise<void> {
    const backup = job.historyBackup;
    if (!backup || !this.deps.backupOld) return;
    if (backup.state === "running") {
      backup.state = "interrupted";
      return save(job);
    }
    if (backup.state !== "pending") return;
    // Running from here on: a process that dies during the backup leaves a job to resume.
    job.status = "running";
    backup.state = "running";
    await save(job);
    const stored = await this.deps.backupOld(job, old, target).catch((err) => {
      this.deps.log.error({ user: job.user, err }, "backup of the old account failed");
      return false;
    });
    backup.state = stored ? "done" : "failed";
    await save(job);
  }

  /**
   * At start-up and then every `watch` interval: jobs marked running whose
   * instance stopped renewing its lease or ran on this bot account before
   * (it died; or the job predates leases) are marked interrupted, and their
   * users told how to resume. Jobs another live instance runs are left alone.
   */
  async recover(): Promise<void> {
    const abandoned: [JobKind, string][] = [];
    for (const kind of Object.keys(this.deps.stores) as JobKind[]) {
      for (const user of await this.store(kind).users()) {
        const job = await this.store(kind).get(user);
        if (job && !this.running.has(`${kind}:${user}`) && (await this.leases.abandoned(job))) abandoned.push([kind, user]);
      }
    }
    await Promise.all(abandoned.map(([kind, user]) => this.interruptAbandoned(kind, user)));
  }

  /** Claimed first, so of several instances checking at once only one marks the job and tells its user. */
  private async interruptAbandoned(kind: JobKind, user: string): Promise<void> {
    const store = this.store(kind);
    const job = await this.leases.take(store, user);
    if (!job) return;
    // It may have been resumed and finished since it was found.
    const wasRunning = job.status === "running";
    if (wasRunning) job.status = "interrupted";
    await this.leases.saveIfOwned(store, job, false);
    if (!wasRunning) return;
    await this.emit({ type: "interrupted", job });
  }

  /** Runs `recover` every `intervalMs`, for instances that die while this one runs; `interruptAll` ends it. */
  watch(intervalMs: number): void {
    this.watcher = setInterval(() => {
      this.checking ??= this.recover()
        .catch((err) => this.deps.log.error({ err }, "abandoned jobs not checked"))
        .finally(() => (this.checking = undefined));
    }, intervalMs);
    this.watcher.unref();
  }
}
