import type { Logger } from "pino";
import { randomUUID } from "node:crypto";
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { Catalog } from "../i18n/catalog.ts";
import type { Preferences } from "../users/preferences.ts";
import { chooseLanguage } from "../i18n/choose-language.ts";
import type { AccountSession } from "../accounts/account-session.ts";
import type { FlowEvent } from "../conversation/flow-contract.ts";
import type { JobStore } from "./job-store.ts";
import type { Job, JobKind } from "./job.ts";
import type { ProfileItemReport } from "../profile/profile-report.ts";
import { NS_MOVED } from "../profile/moved-statement.ts";
import { readNickname, NS_NICK } from "../profile/copy-nickname.ts";
import { runJob } from "./job-runner.ts";
import { Pacer } from "./pacer.ts";
import { renderJobProgress, renderJobReport } from "./job-report.ts";

export interface JobManagerDeps {
  /** One store per kind: a user may have a move and an import at the same time. */
  stores: Record<JobKind, JobStore>;
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

/** How a job talks to the user and their chat flow; set once the bot is connected. */
export interface JobOutlet {
  notify(user: string, texts: string[]): Promise<void>;
  /** A progress message while the job goes on (the chat shows Ferry as typing after it). */
  progress(user: string, text: string): Promise<void>;
  deliver(user: string, event: FlowEvent): Promise<void>;
}

type Stop = "cancel" | "interrupt" | undefined;

/**
 * Runs moves and imports in the background, one of each per user, and reports
 * to the user in chat. Passwords reach it only to sign in; they are not kept.
 */
export class JobManager {
  private readonly running = new Map<string, { stop: Stop; done: Promise<void> }>();
  private outlet: JobOutlet = { notify: async () => undefined, progress: async () => undefined, deliver: async () => undefined };

  constructor(private readonly deps: JobManagerDeps) {}

  connect(outlet: JobOutlet): void {
    this.outlet = outlet;
  }

  newJobId(): string {
    return randomUUID();
  }

  store(kind: JobKind): JobStore {
    return this.deps.stores[kind];
  }

  /**
   * Signs in (a move: both accounts; an import: the target only), then works in
   * the background. Rejects with a SignInError when a sign-in fails.
   */
  async start(kind: JobKind, user: string, passwords: { old?: string; new: string }): Promise<void> {
    const key = `${kind}:${user}`;
    if (this.running.has(key)) return;
    const job = await this.store(kind).get(user);
    if (!job) throw new Error(`no ${kind} job for ${user}`);
    const old = kind === "move" && passwords.old !== undefined ? await this.deps.signIn(job.user, passwords.old) : undefined;
    let target: AccountSession;
    try {
      target = await this.deps.signIn(job.target, passwords.new);
    } catch (err) {
      await old?.close();
      throw err;
    }
    const entry: { stop: Stop; done: Promise<void> } = { stop: undefined, done: Promise.resolve() };
    entry.done = this.run(job, old, target, () => entry.stop).finally(() => this.running.delete(key));
    this.running.set(key, entry);
  }

  /** The user cancelled: the job stops between two contacts and reports what it did. */
  cancel(kind: JobKind, user: string): void {
    const entry = this.running.get(`${kind}:${user}`);
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

  /** `<moved/>` tells contacts who moved; an import introduces the user by nickname (XEP-0172) when they have one. */
  private async requestPayload(job: Job, target: AccountSession): Promise<() => Element[]> {
    if (job.kind === "move") return () => [xml("moved", { xmlns: NS_MOVED }, xml("old-jid", {}, job.user))];
    const nick = await readNickname(target).catch(() => undefined);
    return () => (nick ? [xml("nick", { xmlns: NS_NICK }, nick)] : []);
  }

  private async run(job: Job, old: AccountSession | undefined, target: AccountSession, stop: () => Stop): Promise<void> {
    const { catalog, log } = this.deps;
    const lang = await this.lang(job.user);
    const store = this.store(job.kind);
    try {
      await runJob(job, { old, target }, {
        pacer: new Pacer(this.deps.serverRate),
        save: (j) => store.save(j),
        progress: (j) => void this.outlet.progress(j.user, renderJobProgress(catalog, lang, j)).catch(() => undefined),
        cancelled: () => stop() !== undefined,
        requestPayload: await this.requestPayload(job, target),
        copyProfile: this.deps.copyProfile,
        publishStatement: this.deps.publishStatement,
        // The link is one variable so right-to-left isolation marks wrap it whole and it stays clickable.
        noticeFor: () => catalog.t(lang, "move-contact-notice", { old: job.user, target: job.target, link: `xmpp:${job.target}?roster` }),
        progressEveryMs: this.deps.progressEveryMs,
      });
      if (stop() === "interrupt") {
        job.status = "interrupted";
        await store.save(job);
      }
      log.info({ user: job.user, kind: job.kind, status: job.status }, "job finished");
    } catch (err) {
      log.error({ user: job.user, kind: job.kind, err }, "job stopped by an error");
      job.status = "interrupted";
      job.error = (err as { condition?: string }).condition ?? (err as Error).message;
      await store.save(job).catch(() => undefined);
    } finally {
      await Promise.all([old?.close(), target.close()]);
    }
    const texts = job.status === "interrupted" ? [catalog.t(lang, `${job.kind}-interrupted`)] : renderJobReport(catalog, lang, job);
    await this.outlet.notify(job.user, texts).catch(() => undefined);
    await this.outlet.deliver(job.user, { type: "job.finished", status: job.status }).catch(() => undefined);
  }

  /** After a restart: jobs that were running are marked interrupted, and their users told how to resume. */
  async recover(): Promise<void> {
    for (const kind of Object.keys(this.deps.stores) as JobKind[]) {
      const store = this.store(kind);
      for (const user of await store.users()) {
        const job = await store.get(user);
        if (job?.status !== "running") continue;
        job.status = "interrupted";
        await store.save(job);
        const lang = await this.lang(user);
        await this.outlet.notify(user, [this.deps.catalog.t(lang, `${kind}-interrupted`)]).catch(() => undefined);
        await this.outlet.deliver(user, { type: "job.finished", status: "interrupted" }).catch(() => undefined);
      }
    }
  }
}
