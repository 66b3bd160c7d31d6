import { describe, it, expect, afterEach } from "vitest";
import Keyv from "keyv";
import { join } from "node:path";
import { Catalog } from "../../../../src/i18n/catalog.ts";
import { calendarDay } from "../../../../src/i18n/calendar-day.ts";
import { Preferences } from "../../../../src/users/preferences.ts";
import { KnownUsers } from "../../../../src/users/known-users.ts";
import { SessionStore } from "../../../../src/conversation/session-store.ts";
import { SecretVault } from "../../../../src/conversation/secret-vault.ts";
import { ChatConversations } from "../../../../src/conversation/chat-conversations.ts";
import { AdhocConversations } from "../../../../src/conversation/adhoc-conversations.ts";
import { COMMANDS } from "../../../../flows/registry.ts";
import { createLogger } from "../../../../src/log/logger.ts";
import { statsFlow } from "../../../../flows/admin/stats.ts";
import { Audiences } from "../../../../flows/admin/audience.ts";
import { BroadcastStore } from "../../../../flows/admin/broadcast-store.ts";
import type { AdminServices } from "../../../../flows/admin/admin-services.ts";
import type { BroadcastSender } from "../../../../flows/admin/broadcast-sender.ts";
import type { AccountSession } from "../../../../src/protocol/connection/account-session.ts";
import type { UploadFile, UploadResult } from "../../../../src/protocol/account/http-upload.ts";
import { chooseLanguage } from "../../../../src/i18n/choose-language.ts";
import { pngSize } from "../../../support/png.ts";
import { JobStore } from "../../../../src/jobs/job-store.ts";
import { newJob } from "../../../../src/jobs/job.ts";

const BOSS = "boss@old.test";
const catalog = Catalog.load(join(import.meta.dirname, "../../../../locales"), { defaultLocale: "en" });

/** The chat and ad-hoc engines with only the stats command, over a server whose upload answers `upload` (each file's URL ends with its name). */
async function statsWorld(upload: UploadResult) {
  // Stats are uploaded from memory, never from a file on disk.
  const uploads: Extract<UploadFile, { data: Uint8Array }>[] = [];
  const store = new Keyv();
  const preferences = new Preferences(store);
  const jobs = new JobStore(store, "job");
  // One move started on 30 June 2030 and still running.
  const job = newJob("move", "j1", "anna@old.test", "anna@new.test", [], [], [], new Date("2030-06-30T09:00:00Z"));
  job.status = "running";
  await jobs.save(job);
  // The bot's server answers no admin command: Ferry counts whom it knows.
  const session = { jid: "migrate@old.test", iq: async () => Promise.reject(new Error("feature-not-implemented")) } as unknown as AccountSession;
  const admin = {
    botJid: "migrate@old.test",
    catalog,
    jobs,
    audiences: new Audiences({ session, domain: "old.test", jobs, knownUsers: async () => [] }),
    broadcasts: new BroadcastStore(store),
    sender: {} as BroadcastSender,
    upload: async (file: UploadFile) => {
      if (!("data" in file)) throw new Error("stats uploaded from a file path");
      uploads.push(file);
      return "getUrl" in upload ? { getUrl: `${upload.getUrl}/${file.filename}` } : upload;
    },
    language: async (user: string) => chooseLanguage(catalog, await preferences.get(user)),
    countImportsDone: async () => 0,
    now: () => new Date("2030-07-01T08:00:00Z"),
  } as unknown as AdminServices;
  const deps = {
    catalog,
    preferences,
    knownUsers: new KnownUsers(store),
    flows: new Map([["stats", statsFlow(admin)]]),
    commands: COMMANDS,
    secrets: new SecretVault(),
    admins: new Set([BOSS]),
    log: createLogger("silent"),
  };
  return { preferences, uploads, chat: new ChatConversations(deps, new SessionStore(store)), adhoc: new AdhocConversations(deps) };
}

describe("stats", () => {
  it("without an upload service, sends the JSON in chat after a line saying why", async () => {
    const w = await statsWorld({ error: "no-upload-service" });
    const replies = await w.chat.handle(BOSS, "stats");
    expect(replies).toHaveLength(3);
    expect(replies[0]).toMatch(/In progress\s+1\n/);
    expect(replies[1]).toBe("My server offers no file upload (XEP-0363), so here are the same numbers as JSON:");
    expect(JSON.parse(replies[2]!)).toMatchObject({ users: { "in-progress": 1, moved: 0, failed: 0 }, days: [{ day: "2030-06-30", started: 1, moved: 0 }] });
  });

  it("with an upload service, sends the JSON's link and not the JSON, then the chart's link alone (a shared image)", async () => {
    const w = await statsWorld({ getUrl: "https://upload.old.test/slot" });
    const replies = await w.chat.handle(BOSS, "stats");
    expect(replies.slice(1)).toEqual([
      "The same numbers as JSON: https://upload.old.test/slot/ferry-stats-2030-07-01.json",
      "https://upload.old.test/slot/ferry-stats-2030-07-01.png",
    ]);
    const [json, chart] = w.uploads;
    expect(JSON.parse(new TextDecoder().decode(json!.data))).toMatchObject({ users: { "in-progress": 1 } });
    expect(chart!.contentType).toBe("image/png");
    expect(pngSize(chart!.data)).toEqual({ width: 800, height: 500 });
  });

  it("without an upload service, sends no chart and uploads nothing else", async () => {
    const w = await statsWorld({ error: "no-upload-service" });
    const replies = await w.chat.handle(BOSS, "stats");
    expect(replies.join("\n")).not.toMatch(/png|chart/i);
    expect(w.uploads.map((f) => f.filename)).toEqual(["ferry-stats-2030-07-01.json"]);
  });

  it("draws the chart in the admin's language", async () => {
    const w = await statsWorld({ getUrl: "https://upload.old.test/slot" });
    await w.chat.handle(BOSS, "stats");
    await w.preferences.update(BOSS, { lang: "ar" });
    await w.chat.handle(BOSS, "stats");
    const [english, arabic] = w.uploads.filter((f) => f.contentType === "image/png");
    expect(Buffer.from(arabic!.data).equals(Buffer.from(english!.data))).toBe(false);
  });

  it("over ad-hoc, the completed command links the JSON and the chart in its notes", async () => {
    const w = await statsWorld({ getUrl: "https://upload.old.test/slot" });
    const res = await w.adhoc.handle({ user: BOSS, node: "stats", action: "execute" });
    if (!("status" in res)) throw new Error(res.error);
    expect(res.notes.map((n) => n.text).slice(1)).toEqual([
      "The same numbers as JSON: https://upload.old.test/slot/ferry-stats-2030-07-01.json",
      "The same numbers as a chart: https://upload.old.test/slot/ferry-stats-2030-07-01.png",
    ]);
  });

  it("over ad-hoc without an upload service, the completed command carries the JSON as its field `export`", async () => {
    const w = await statsWorld({ error: "no-upload-service" });
    const res = await w.adhoc.handle({ user: BOSS, node: "stats", action: "execute" });
    if (!("status" in res)) throw new Error(res.error);
    expect(res.status).toBe("completed");
    expect(res.notes.map((n) => n.text).at(-1)).toBe("My server offers no file upload (XEP-0363), so here are the same numbers as JSON:");
    expect(JSON.parse(res.result!.export!.join("\n"))).toMatchObject({ users: { "in-progress": 1 }, generatedAt: "2030-07-01T08:00:00.000Z" });
  });

  it("writes the days the reader's way", async () => {
    const w = await statsWorld({ getUrl: "https://upload.old.test/slot" });
    await w.preferences.update(BOSS, { lang: "de" });
    const [table] = await w.chat.handle(BOSS, "statistik");
    expect(table).toMatch(/Pro Tag .*\n```\n30\.6\.2030 {3}1 \/ 0\n```/);
  });
});

describe("calendarDay", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("stays the same day wherever the bot runs, from UTC-12 to UTC+14", () => {
    for (const tz of ["Etc/GMT+12", "UTC", "Pacific/Auckland", "Pacific/Kiritimati"]) {
      process.env.TZ = tz;
      // A fresh formatter: Fluent keeps its own, with the zone of its first use, for the life of the process.
      expect(new Intl.DateTimeFormat("de").format(calendarDay("2030-06-30") as Date), tz).toBe("30.6.2030");
    }
  });
});
