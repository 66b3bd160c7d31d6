import type { Logger } from "pino";
import { randomUUID } from "node:crypto";
import type { Catalog } from "../i18n/catalog.ts";
import type { Preferences } from "../users/preferences.ts";
import { chooseLanguage } from "../i18n/choose-language.ts";
import type { AccountSession } from "../accounts/account-session.ts";
import type { FlowEvent } from "../conversation/flow-contract.ts";
import type { JobStore } from "./job-store.ts";
import type { Job } from "./job.ts";
import type { ProfileItemReport } from "../profile/profile-report.ts";
import { runMove } from "./move-runner.ts";
import { Pacer } from "./pacer.ts";
import { renderMoveProgress, renderMoveReport } from "./move-report.ts";

export interface JobManagerDeps {
  jobs: JobStore;
  catalog: Catalog;
  preferences: Preferences;
  log: Logger;
  signIn(jid: string, password: string): Promise<AccountSession>;
  copyProfile(old: AccountSession, target: AccountSession): Promise<ProfileItemReport[]>;
  publishStatement(old: AccountSession, newJid: string): Promise<void>;
  /** Stanzas per second toward each server; 0 = unlimited. */
  serverRate: number;
  progressEveryMs?: number;
}

/** How the job talks to the user and their chat flow; set once the bot is connected. */
export interface JobOutlet {
  notify(user: string, texts: string[]): Promise<void>;
  deliver(user: string, event: FlowEvent): Promise<void>;
}

/**
 * Runs moves in the background, one per user, and reports to the user in
 * chat. Passwords reach it only to sign in; they are not kept afterwards.
 */
export class JobManager {
  private readonly running = new Map<string, { stop?: "cancel" | "interrupt"; done: Promise<void> }>();
  private outlet: JobOutlet = { notify: async () => undefined, deliver: async () => undefined };

  constructor(private readonly deps: JobManagerDeps) {}

  connect(outlet: JobOutlet): void {
    this.outlet = outlet;
  }

  newJobId(): string {
    return randomUUID();
  }

  isRunning(user: string): boolean {
    return this.running.has(user);
  }

  /** Signs in to both accounts, then moves on in the background. Rejects (SignInError) when a sign-in fails. */
  async start(user: string, passwords: { old: string; new: string }): Promise<void> {
    if (this.running.has(user)) return;
    const job = await this.deps.jobs.get(user);
    if (!job) throw new Error(`no job for ${user}`);
    const old = await this.deps.signIn(job.user, passwords.old);
    let target: AccountSession;
    try {
      target = await this.deps.signIn(job.target, passwords.new);
    } catch (err) {
      await old.close();
      throw err;
    }
    const entry: { stop?: "cancel" | "interrupt"; done: Promise<void> } = { done: Promise.resolve() };
    entry.done = this.run(job, old, target, () => entry.stop).finally(() => this.running.delete(user));
    this.running.set(user, entry);
  }

  /** The user cancelled: the job stops between two contacts and reports what it did. */
  cancel(user: string): void {
    const entry = this.running.get(user);
    if (entry) entry.stop = "cancel";
  }

  /** Shutdown: every job stops between two contacts, stays resumable, and its user is told. */
  async interruptAll(): Promise<void> {
    for (const entry of this.running.values()) entry.stop = "interrupt";
    await Promise.all([...this.running.values()].map((e) => e.done));
  }

  private async lang(user: string): Promise<string> {
    return chooseLanguage(this.deps.catalog, await this.deps.preferences.get(user));
  }

  private async run(job: Job, old: AccountSession, target: AccountSession, stop: () => "cancel" | "interrupt" | undefined): Promise<void> {
    const { catalog, log } = this.deps;
    const lang = await this.lang(job.user);
    const pacer = new Pacer(this.deps.serverRate);
    try {
      await runMove(job, old, target, {
        pacer,
        save: (j) => this.deps.jobs.save(j),
        progress: (j) => void this.outlet.notify(j.user, [renderMoveProgress(catalog, lang, j)]).catch(() => undefined),
        cancelled: () => stop() !== undefined,
        copyProfile: this.deps.copyProfile,
        publishStatement: this.deps.publishStatement,
        noticeFor: () => catalog.t(lang, "move-contact-notice", { old: job.user, target: job.target }),
        progressEveryMs: this.deps.progressEveryMs,
      });
      if (stop() === "interrupt") {
        job.status = "interrupted";
        await this.deps.jobs.save(job);
      }
      log.info({ user: job.user, status: job.status }, "move finished");
    } catch (err) {
      log.error({ user: job.user, err }, "move stopped by an error");
      job.status = "interrupted";
      job.error = (err as { condition?: string }).condition ?? (err as Error).message;
      await this.deps.jobs.save(job).catch(() => undefined);
    } finally {
      await Promise.all([old.close(), target.close()]);
    }
    const text =
      job.status === "interrupted"
        ? catalog.t(lang, "move-interrupted")
        : renderMoveReport(catalog, lang, job);
    await this.outlet.notify(job.user, [text]).catch(() => undefined);
    await this.outlet.deliver(job.user, { type: "job.finished", status: job.status }).catch(() => undefined);
  }

  /** After a restart: jobs that were running are marked interrupted, and their users told how to resume. */
  async recover(): Promise<void> {
    for (const user of await this.deps.jobs.users()) {
      const job = await this.deps.jobs.get(user);
      if (job?.status !== "running") continue;
      job.status = "interrupted";
      await this.deps.jobs.save(job);
      const lang = await this.lang(user);
      await this.outlet.notify(user, [this.deps.catalog.t(lang, "move-interrupted")]).catch(() => undefined);
      await this.outlet.deliver(user, { type: "job.finished", status: "interrupted" }).catch(() => undefined);
    }
  }
}
