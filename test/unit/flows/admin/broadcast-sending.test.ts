import { describe, it, expect } from "vitest";
import Keyv from "keyv";
import { join } from "node:path";
import { xml } from "@xmpp/client";
import { Catalog } from "../../../../src/i18n/catalog.ts";
import { Preferences } from "../../../../src/users/preferences.ts";
import { createLogger } from "../../../../src/log/logger.ts";
import { BroadcastStore, type Broadcast, type Delivery, type Schedule } from "../../../../flows/admin/broadcast-store.ts";
import { BroadcastSender, BROADCAST_ID_PREFIX, type SenderDeps } from "../../../../flows/admin/broadcast-sender.ts";
import { messageBounce } from "../../../../src/protocol/message-bounce.ts";
import { BroadcastScheduler, nextRunAfter, isDue } from "../../../../flows/admin/scheduler.ts";
import type { LaunchRequest } from "../../../../flows/admin/launch.ts";

const catalog = Catalog.load(join(import.meta.dirname, "../../../../locales"), { defaultLocale: "en" });
const log = createLogger("silent");
const BOT = "migrate@old.test";

function world() {
  const kv = new Keyv();
  const store = new BroadcastStore(kv);
  const preferences = new Preferences(kv);
  /** What was sent, with what the journal said about the recipient at that moment. */
  const sent: { to: string; body: string; lang: string; id: string; journaled?: Delivery }[] = [];
  const notices: { admin: string; text: string }[] = [];
  let failTo: string | undefined;
  const sender = (over: Partial<SenderDeps> = {}) =>
    new BroadcastSender({
      store,
      catalog,
      preferences,
      botJid: BOT,
      rate: 0,
      send: async (to, body, lang, id) => {
        if (to === failTo) throw new Error("not-connected");
        sent.push({ to, body, lang, id, journaled: await store.delivery(id.split(".")[1]!, to) });
      },
      notify: async (admin, texts) => void notices.push(...texts.map((text) => ({ admin, text }))),
      log,
      settleMs: 0,
      ...over,
    });
  return { kv, store, preferences, sent, notices, sender, failWhenSendingTo: (jid: string) => (failTo = jid) };
}

const broadcast = (recipients: string[]): Broadcast => ({
  id: "b1",
  by: "boss@old.test",
  createdAt: new Date().toISOString(),
  texts: { en: "We close.", de: "Wir schließen." },
  audience: { kind: "pasted", list: recipients },
  recipients,
  status: "sending",
});

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe("BroadcastSender", () => {
  it("sends each recipient the notice in their language and reports sent and failed", async () => {
    const w = world();
    await w.preferences.update("greta@old.test", { lang: "de" });
    await w.preferences.update("otto@old.test", { seenLang: "de-AT" });
    w.failWhenSendingTo("down@old.test");
    await w.sender().start(broadcast(["anna@old.test", "greta@old.test", "otto@old.test", "down@old.test"]));
    await until(() => w.notices.some((n) => /finished/.test(n.text)));
    expect(w.sent.map((s) => [s.to, s.lang])).toEqual([
      ["anna@old.test", "en"],
      ["greta@old.test", "de"],
      ["otto@old.test", "de"],
    ]);
    expect(w.sent[1]!.body).toMatch(/^Wir schließen\./);
    expect(w.notices.map((n) => n.text)).toEqual(["Broadcast finished: 3 of 4 sent, 1 failed.", "Not reached:\ndown@old.test (I could not send it, my own connection failed)"]);
    expect((await w.store.get("b1"))?.status).toBe("done");
  });

  it("names every recipient not reached, however many: past the first 25 in follow-up messages, as the end-of-move report does", async () => {
    const w = world();
    const recipients = Array.from({ length: 130 }, (_, i) => `r${i}@old.test`);
    await w.sender({ send: () => Promise.reject(new Error("not-connected")) }).start(broadcast(recipients));
    await until(() => w.notices.some((n) => /finished/.test(n.text)));
    const texts = w.notices.map((n) => n.text);
    expect(texts[0]).toBe("Broadcast finished: 0 of 130 sent, 130 failed.");
    expect(texts[1]).toMatch(/^Not reached:\n/);
    expect(texts[1]).toMatch(/…and 105 more, listed in the next messages\.$/);
    expect(texts.slice(2).every((t) => t.startsWith("Not reached:\n"))).toBe(true);
    const named = texts.flatMap((t) => [...t.matchAll(/^(r\d+@old\.test) \(/gm)].map((m) => m[1]));
    expect(named).toEqual(recipients);
  });

  it("journals each recipient as sent before the message leaves, so a crash in between can never double it", async () => {
    const w = world();
    await w.sender().start(broadcast(["anna@old.test", "bert@old.test", "cleo@old.test"]));
    await until(() => w.notices.some((n) => /finished/.test(n.text)));
    expect(w.sent.map((s) => [s.to, s.journaled?.state])).toEqual([
      ["anna@old.test", "sent"],
      ["bert@old.test", "sent"],
      ["cleo@old.test", "sent"],
    ]);
  });

  it("tells the admin how far it got while sending, then the report", async () => {
    const w = world();
    await w.sender({ progressEveryMs: 0 }).start(broadcast(["anna@old.test", "bert@old.test", "cleo@old.test"]));
    await until(() => w.notices.some((n) => /finished/.test(n.text)));
    expect(w.notices).toEqual([
      { admin: "boss@old.test", text: "Broadcast still sending: 1 of 3 done." },
      { admin: "boss@old.test", text: "Broadcast still sending: 2 of 3 done." },
      { admin: "boss@old.test", text: "Broadcast still sending: 3 of 3 done." },
      { admin: "boss@old.test", text: "Broadcast finished: 3 of 3 sent, 0 failed." },
    ]);
  });

  it("turns an error bounce into a failed recipient with the server's reason", async () => {
    const w = world();
    const s = w.sender();
    await w.store.save(broadcast(["ghost@old.test"]));
    await w.store.setDelivery("b1", "ghost@old.test", { state: "sent", at: "" });
    await s.onBounce(messageBounce(xml("message", { type: "error", from: "ghost@old.test", id: "ferry-bc.b1.0" }, xml("error", { type: "cancel" }, xml("service-unavailable", { xmlns: "urn:ietf:params:xml:ns:xmpp-stanzas" }))), BROADCAST_ID_PREFIX)!);
    expect(await s.report((await w.store.get("b1"))!)).toEqual({ sent: 0, failed: [{ jid: "ghost@old.test", reason: "service-unavailable" }] });
  });

  it("after a stop, a new sender continues with those not sent yet and sends nobody twice", async () => {
    const w = world();
    const recipients = Array.from({ length: 20 }, (_, i) => `u${i}@old.test`);
    const first = w.sender();
    await first.start(broadcast(recipients));
    await first.stopAll();
    const before = w.sent.length;
    expect(before).toBeLessThan(20);
    await w.sender().recover();
    await until(() => w.notices.some((n) => /finished/.test(n.text)));
    expect(w.sent.map((s) => s.to).sort()).toEqual([...recipients].sort());
  });
});

describe("BroadcastScheduler", () => {
  const schedule = (over: Partial<Schedule> = {}): Schedule => ({
    id: "s1",
    by: "boss@old.test",
    createdAt: "2030-01-01T08:00:00.000Z",
    texts: { en: "Reminder" },
    audience: { kind: "registered" },
    everyDays: 7,
    until: "2030-01-31",
    nextAt: "2030-01-08T08:00:00.000Z",
    runs: 1,
    status: "active",
    ...over,
  });

  it("computes the next run, skipping missed ones, and ends after the last day", () => {
    expect(nextRunAfter(schedule(), new Date("2030-01-08T09:00:00Z"))).toBe("2030-01-15T08:00:00.000Z");
    expect(nextRunAfter(schedule(), new Date("2030-01-20T09:00:00Z"))).toBe("2030-01-22T08:00:00.000Z");
    expect(nextRunAfter(schedule(), new Date("2030-01-29T09:00:00Z"))).toBeUndefined();
    expect(isDue(schedule(), new Date("2030-01-08T07:59:00Z"))).toBe(false);
    expect(isDue(schedule(), new Date("2030-01-08T08:00:00Z"))).toBe(true);
    expect(isDue(schedule({ status: "cancelled" }), new Date("2030-01-08T08:00:00Z"))).toBe(false);
  });

  it("sends a due reminder once per run, as a reminder, on its own clock; a cancelled one never", async () => {
    const w = world();
    let now = new Date("2030-01-01T08:00:00Z");
    const launched: LaunchRequest[] = [];
    const scheduler = new BroadcastScheduler({ store: w.store, launch: async (r) => void launched.push(r), log, intervalMs: 60_000, now: () => now });
    const created = await scheduler.create({ by: "boss@old.test", texts: { en: "Reminder" }, audience: { kind: "registered" }, everyDays: 7, until: "2030-01-20" });
    expect(created.nextAt).toBe("2030-01-08T08:00:00.000Z");
    await scheduler.tick();
    expect(launched).toEqual([]);
    now = new Date("2030-01-08T08:00:01Z");
    await Promise.all([scheduler.tick(), scheduler.tick()]);
    expect(launched).toEqual([{ by: "boss@old.test", texts: { en: "Reminder" }, audience: { kind: "registered" }, scheduleId: created.id }]);
    await scheduler.tick();
    expect(launched).toHaveLength(1);
    now = new Date("2030-01-15T09:00:00Z");
    await scheduler.tick();
    expect(launched).toHaveLength(2);
    expect((await w.store.getSchedule(created.id))?.status).toBe("finished");

    const other = await scheduler.create({ by: "boss@old.test", texts: { en: "Again" }, audience: { kind: "online" }, everyDays: 1, until: "2030-02-01" });
    expect(await scheduler.cancel(other.id)).toBe(true);
    now = new Date("2030-01-17T09:00:00Z");
    await scheduler.tick();
    expect(launched).toHaveLength(2);
  });
});
