import type { Logger } from "pino";
import type { Catalog } from "../../src/i18n/catalog.ts";
import { longList } from "../../src/i18n/cut-list.ts";
import type { Preferences } from "../../src/users/preferences.ts";
import { chooseLanguage } from "../../src/i18n/choose-language.ts";
import { Pacer } from "../../src/jobs/pacer.ts";
import type { Broadcast, BroadcastStore } from "./broadcast-store.ts";
import { composeNotice } from "./compose-notice.ts";
import type { MessageBounce } from "../../src/protocol/message-bounce.ts";

/** Starts the id of every broadcast message, so its error bounce can be told apart (see onBounce). */
export const BROADCAST_ID_PREFIX = "ferry-bc.";

export interface SenderDeps {
  store: BroadcastStore;
  catalog: Catalog;
  preferences: Preferences;
  botJid: string;
  /** Messages per second; 0 = unlimited. */
  rate: number;
  /** Sends one chat message from the bot; `id` lets an error bounce be matched to its broadcast. */
  send(to: string, body: string, lang: string, id: string): Promise<void>;
  /** Messages to the admin who sent the broadcast. */
  notify(admin: string, texts: string[]): Promise<void>;
  log: Logger;
  progressEveryMs?: number;
  /** How long to wait for error bounces before the report. */
  settleMs?: number;
}

/**
 * Sends broadcasts in the background, paced, and journaled per recipient
 * before each message leaves: a restart continues with those not yet sent
 * and never sends anyone the notice twice (at worst one message is lost in a
 * crash, never doubled). Error bounces turn a recipient into "failed".
 */
export class BroadcastSender {
  private readonly running = new Map<string, { stop: boolean; done: Promise<void> }>();

  constructor(private readonly deps: SenderDeps) {}

  /** Journals the broadcast and starts sending it. */
  async start(b: Broadcast): Promise<void> {
    await this.deps.store.save(b);
    this.launch(b);
  }

  /** After a restart: broadcasts that were sending go on where they stopped. */
  async recover(): Promise<void> {
    for (const id of await this.deps.store.ids()) {
      const b = await this.deps.store.get(id);
      if (b?.status === "sending" && !this.running.has(id)) {
        this.deps.log.info({ broadcast: id }, "resuming broadcast");
        this.launch(b);
      }
    }
  }

  /** Shutdown: every broadcast stops between two recipients and stays resumable. */
  async stopAll(): Promise<void> {
    for (const entry of this.running.values()) entry.stop = true;
    await Promise.all([...this.running.values()].map((e) => e.done));
  }

  /** An error bounce of a broadcast message (id prefix BROADCAST_ID_PREFIX): its recipient failed, with the server's reason. */
  async onBounce(bounce: MessageBounce): Promise<void> {
    const broadcastId = bounce.ref.split(".")[0]!;
    await this.deps.store.setDelivery(broadcastId, bounce.from, { state: "failed", reason: bounce.condition, at: new Date().toISOString() });
  }

  private launch(b: Broadcast): void {
    const entry = { stop: false, done: Promise.resolve() };
    entry.done = this.run(b, () => entry.stop)
      .catch((err) => this.deps.log.error({ err, broadcast: b.id }, "broadcast stopped by an error"))
      .finally(() => this.running.delete(b.id));
    this.running.set(b.id, entry);
  }

  private async adminLang(admin: string): Promise<string> {
    return chooseLanguage(this.deps.catalog, await this.deps.preferences.get(admin));
  }

  private async run(b: Broadcast, stopped: () => boolean): Promise<void> {
    const { store, catalog, log } = this.deps;
    const pacer = new Pacer(this.deps.rate);
    const total = b.recipients.length;
    let lastProgress = Date.now();
    for (const [i, to] of b.recipients.entries()) {
      if (stopped()) return;
      if (await store.delivery(b.id, to)) continue;
      await pacer.take();
      const lang = chooseLanguage(catalog, await this.deps.preferences.get(to));
      await store.setDelivery(b.id, to, { state: "sent", at: new Date().toISOString() });
      try {
        await this.deps.send(to, composeNotice(catalog, lang, b.texts, this.deps.botJid), lang, `${BROADCAST_ID_PREFIX}${b.id}.${i}`);
      } catch {
        // The bot's own connection failed: a code the report can word in the admin's language, not an exception's English.
        await store.setDelivery(b.id, to, { state: "failed", reason: "send-failed", at: new Date().toISOString() });
      }
      if (Date.now() - lastProgress >= (this.deps.progressEveryMs ?? 10_000)) {
        lastProgress = Date.now();
        const lang = await this.adminLang(b.by);
        void this.deps.notify(b.by, [catalog.t(lang, "broadcast-progress", { done: i + 1, total })]).catch(() => undefined);
      }
    }
    // Bounces come back a moment later; wait for them, unless shutting down.
    const settle = Date.now() + (this.deps.settleMs ?? 3_000);
    while (Date.now() < settle && !stopped()) await new Promise((r) => setTimeout(r, 100));
    if (stopped()) return;
    b.status = "done";
    b.finishedAt = new Date().toISOString();
    await store.save(b);
    const report = await this.report(b);
    log.info({ broadcast: b.id, sent: report.sent, failed: report.failed.length }, "broadcast finished");
    const lang = await this.adminLang(b.by);
    const texts = [catalog.t(lang, "broadcast-report", { sent: report.sent, failed: report.failed.length, total })];
    // Cut as the end-of-move report is: every recipient not reached is named, the rest in follow-up messages.
    const failed = longList(report.failed.map((f) => ({ key: "broadcast-failed-item", args: { ...f } })));
    if (failed.first.length > 0) texts.push(catalog.t(lang, "broadcast-failed-list", { list: { lines: [...failed.first, ...(failed.more ? [failed.more] : [])] } }));
    for (const page of failed.followUps) texts.push(catalog.t(lang, "broadcast-failed-list", { list: { lines: page } }));
    await this.deps.notify(b.by, texts);
  }

  /** Sent and failed recipients of a broadcast, from the journal. */
  async report(b: Broadcast): Promise<{ sent: number; failed: { jid: string; reason: string }[] }> {
    const deliveries = await Promise.all(b.recipients.map((r) => this.deps.store.delivery(b.id, r)));
    const failed = b.recipients.flatMap((jid, i) => {
      const d = deliveries[i];
      return d?.state === "failed" ? [{ jid, reason: d.reason }] : [];
    });
    return { sent: deliveries.filter((d) => d?.state === "sent").length, failed };
  }
}
