import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { xml } from "@xmpp/client";
import type Keyv from "keyv";
import { integrationWorld, BOT, type World } from "../support/integration-world.ts";
import { serverKinds, serviceMapObject } from "../support/test-servers.ts";
import { XmppUser } from "../support/xmpp-user.ts";
import { adhoc, fieldsOf, notesOf, NS_COMMANDS, NS_DATA } from "../support/adhoc.ts";
import { openStore } from "../../src/store/open-store.ts";
import { JobStore } from "../../src/jobs/job-store.ts";
import { newJob } from "../../src/jobs/job.ts";
import { BroadcastStore } from "../../flows/admin/broadcast-store.ts";
import { signIn } from "../../src/protocol/connection/account-session.ts";
import { uploadFile } from "../../src/protocol/account/http-upload.ts";
import { pngSize } from "../support/png.ts";

const BOSS = "boss@old.test";

/** Bodies from the bot that contain `marker`. */
const notices = (u: XmppUser, marker: string) => u.bodiesFrom(BOT).filter((b) => b.includes(marker));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(serverKinds())("admins on a real %s where the bot is a server admin", (kind) => {
  /** XEP-0133's registered-users list: ejabberd 23.01 offers it to the bot, Prosody 0.12 does not. */
  const listsAccounts = kind === "ejabberd";
  /** Who the first broadcast reaches: greta, anna and the admin, plus hugo where the server lists its accounts. */
  const firstAudience = listsAccounts ? 4 : 3;
  let w: World;
  let boss: XmppUser;
  /** A second handle on the bot's store, as an operator's tool would open it. */
  let kv: Keyv;

  beforeAll(async () => {
    w = await integrationWorld({ kind, upload: true });
    await w.startBot({ FERRY_ADMINS: BOSS, FERRY_BROADCAST_RATE: "0" });
    boss = await w.user("boss");
    kv = await openStore(w.env().FERRY_STORE, () => undefined);
  });
  afterAll(async () => {
    await kv?.disconnect();
    await w?.close();
  });

  /** The admin walks through `broadcast` in chat; resolves with everything Ferry said, once it is sending. */
  async function broadcast(text: string, opts: { german?: string; audience: string; list?: string; every?: string; until?: string }): Promise<string> {
    const before = boss.bodiesFrom(BOT).length;
    await boss.sayUntil(BOT, "broadcast", /The notice in English/);
    await boss.sayUntil(BOT, text, /other languages/);
    if (opts.german) {
      await boss.sayUntil(BOT, "de", /The notice in Deutsch/);
      await boss.sayUntil(BOT, opts.german, /Who should get it/);
    } else {
      await boss.sayUntil(BOT, "skip", /Who should get it/);
    }
    if (opts.list) {
      await boss.sayUntil(BOT, opts.audience, /Paste the addresses/);
      await boss.sayUntil(BOT, opts.list, /every how many days/);
    } else {
      await boss.sayUntil(BOT, opts.audience, /every how many days/);
    }
    if (opts.every) {
      await boss.sayUntil(BOT, opts.every, /Until which day/);
      await boss.sayUntil(BOT, opts.until!, /Send it to/);
    } else {
      await boss.sayUntil(BOT, "skip", /Send it to/);
    }
    await boss.sayUntil(BOT, "yes", /Sending to/);
    return boss.bodiesFrom(BOT).slice(before).join("\n---\n");
  }

  it("a broadcast to registered users reaches an online user now and an offline one at next login, each in their language", async () => {
    const greta = await w.user("greta");
    await greta.sayUntil(BOT, "language de", /Deutsch/);
    // Greta only ever wrote to the bot (no roster entry, no move); then she goes offline.
    await greta.stop();
    const anna = await w.user("anna");
    // Hugo has an account but never signed in, nor wrote to the bot.
    await w.server.register("hugo", "old.test", "hugo-pw");

    const preview = await broadcast("Server old.test closes on 1 June.", { german: "Der Server old.test schließt am 1. Juni.", audience: "1" });
    if (listsAccounts) {
      expect(preview).not.toMatch(/does not give me its list of accounts/);
      expect(preview).toMatch(/All registered users of old\.test \(4\)/);
    } else {
      // Without a registered-users list the admin is told, and the count is who Ferry knows.
      expect(preview).toMatch(/does not give me its list of accounts/);
      expect(preview).toMatch(/Everyone on old\.test I know of \(3\)/);
    }
    expect(preview).toMatch(/exactly what people whose language is Deutsch will get:\n---\nDer Server old\.test schließt am 1\. Juni\.\n\nUm dein Konto/);
    expect(preview).toMatch(new RegExp(`Send it to ${firstAudience} people now\\?`));
    await boss.waitForReply(BOT, new RegExp(`Broadcast finished: ${firstAudience} of ${firstAudience} sent, 0 failed`));

    const toAnna = await anna.waitForReply(BOT, /closes on 1 June/);
    expect(toAnna).toMatch(/Server old\.test closes on 1 June\.\n\nTo move your account.*xmpp:migrate@old\.test\?command;node=move.*\*move\*/s);
    const back = await XmppUser.connect(w.server.service, "greta@old.test", "greta-pw", "later");
    const toGreta = await back.waitForReply(BOT, /schließt am 1\. Juni/);
    expect(toGreta).toMatch(/Der Server old\.test schließt am 1\. Juni\.\n\nUm dein Konto.*\*umziehen\*/s);
    expect(notices(back, "1. Juni")).toHaveLength(1);
    await back.stop();
    if (listsAccounts) {
      // "All users" is every account: hugo gets the notice from offline storage at his first sign-in.
      const hugo = await XmppUser.connect(w.server.service, "hugo@old.test", "hugo-pw");
      expect(await hugo.waitForReply(BOT, /closes on 1 June/)).toMatch(/Server old\.test closes on 1 June\./);
      await hugo.stop();
    }
  });

  it("a non-admin gets the normal menu for admin words, item-not-found over ad-hoc, and the attempt is logged", async () => {
    const mallory = await w.user("mallory");
    for (const word of ["broadcast", "stats"]) {
      const [unknown, menu] = await mallory.say(BOT, word, { count: 2 });
      expect(unknown).toMatch(/didn't understand/);
      expect(menu).toMatch(/^Hi! I'm Ferry/);
      expect(menu).not.toMatch(/broadcast|stats/);
    }
    for (const node of ["broadcast", "stats", "broadcasts"]) {
      await expect(mallory.iq("set", `${BOT}/ferry`, xml("command", { xmlns: NS_COMMANDS, node, action: "execute" }))).rejects.toMatchObject({ condition: "item-not-found" });
    }
    const refused = w.logLines.filter((l) => l.includes("admin command refused") && l.includes("mallory@old.test"));
    // Chat attempts first, then the ad-hoc ones.
    expect(refused.map((l) => JSON.parse(l).command)).toEqual(["broadcast", "stats", "broadcast", "stats", "broadcasts"]);
  });

  it("stats: a table in chat, the same numbers as JSON to download, and a chart shared as an image", async () => {
    const jobs = new JobStore(kv, "job");
    const done = newJob("move", "j1", "moved1@old.test", "moved1@new.test", [{ jid: "x@old.test", groups: [], subscription: "both", subscribe: true, preApprove: true }], [], []);
    done.status = "done";
    done.contacts[0]!.state = "done";
    await jobs.save(done);
    const reply = await boss.sayUntil(BOT, "stats", /as JSON: http/);
    expect(reply).toMatch(/Moved\s+1\n/);
    expect(reply).toMatch(/Contacts moved\s+1\n/);
    expect(reply).toMatch(new RegExp(`Broadcasts\\s+1 \\(${firstAudience} messages\\)`));
    const url = /as JSON: (\S+)/.exec(reply)![1]!;
    const json = (await (await fetch(url)).json()) as { users: Record<string, number>; broadcasts: number; noticesSent: number };
    expect(json.users).toEqual({ "not-started": expect.any(Number), "in-progress": 0, moved: 1, failed: 0 });
    expect(json).toMatchObject({ broadcasts: 1, noticesSent: firstAudience });
    // The chart's link comes alone, with jabber:x:oob as a shared file, so clients show the image.
    const shared = await boss.waitFor((inbox) => inbox.find((s) => /\.png$/.test(s.getChildText("body") ?? "")));
    const chartUrl = shared.getChild("x", "jabber:x:oob")?.getChildText("url");
    expect(chartUrl).toBe(shared.getChildText("body"));
    const png = await fetch(chartUrl!);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(pngSize(new Uint8Array(await png.arrayBuffer()))).toEqual({ width: 800, height: 500 });
  });

  it("a restart in the middle of a broadcast continues it without sending anyone the notice twice", async () => {
    await w.stopBot();
    await w.startBot({ FERRY_ADMINS: BOSS, FERRY_BROADCAST_RATE: "2" });
    const locals = ["r1", "r2", "r3", "r4", "r5"];
    for (const l of locals.slice(1)) await w.server.register(l, "old.test", `${l}-pw`);
    const r1 = await w.user("r1");
    await broadcast("Restart notice.", { audience: "2", list: [...locals.map((l) => `${l}@old.test`), "ghost@old.test"].join("\n") });
    await r1.waitForReply(BOT, /Restart notice/);
    await w.stopBot();
    const logged = w.logLines.length;
    await w.startBot({ FERRY_ADMINS: BOSS, FERRY_BROADCAST_RATE: "2" });
    const before = boss.bodiesFrom(BOT).length;
    const report = await boss.waitForReply(BOT, /Not reached:/, before, 30_000);
    expect(report).toMatch(/Broadcast finished: 5 of 6 sent, 1 failed\.\n---\nNot reached:\nghost@old\.test \(no such account/);
    for (const l of locals.slice(1)) {
      const u = await XmppUser.connect(w.server.service, `${l}@old.test`, `${l}-pw`);
      await u.waitForReply(BOT, /Restart notice/);
      await sleep(300);
      expect(notices(u, "Restart notice."), l).toHaveLength(1);
      await u.stop();
    }
    expect(notices(r1, "Restart notice.")).toHaveLength(1);
    expect(w.logLines.slice(logged).some((l) => l.includes("resuming broadcast"))).toBe(true);
  });

  it("a scheduled reminder goes only to those who have not moved; admins can list and cancel it", async () => {
    await w.stopBot();
    await w.startBot({ FERRY_ADMINS: BOSS, FERRY_BROADCAST_RATE: "0", FERRY_SCHEDULER_INTERVAL_MS: "200" });
    const moved = await w.user("m1");
    const staying = await w.user("n1");
    const job = newJob("move", "j2", "m1@old.test", "m1@new.test", [], [], []);
    job.status = "done";
    await new JobStore(kv, "job").save(job);
    const until = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const preview = await broadcast("Reminder notice.", { audience: "2", list: "m1@old.test n1@old.test", every: "1", until });
    // Dates are written the reader's way (Intl), not as stored.
    const shown = new Intl.DateTimeFormat("en").format(new Date(`${until}T12:00:00Z`));
    expect(preview).toContain(`Then again every day until ${shown}, to those who have not moved`);
    await moved.waitForReply(BOT, /Reminder notice/);
    await staying.waitForReply(BOT, /Reminder notice/);
    const reports = () => boss.bodiesFrom(BOT).filter((b) => /Broadcast finished/.test(b)).length;
    await boss.waitFor(() => reports() >= 3 || undefined);

    // A day later (the stored next run moved into the past), the scheduler's next check sends the reminder.
    const store = new BroadcastStore(kv);
    const [schedule] = (await store.schedules()).filter((s) => s.status === "active");
    schedule!.nextAt = new Date(Date.now() - 1000).toISOString();
    await store.saveSchedule(schedule!);
    await staying.waitFor(() => notices(staying, "Reminder notice.").length === 2 || undefined);
    await boss.waitFor(() => reports() >= 4 || undefined);
    expect(boss.bodiesFrom(BOT).at(-1)).toMatch(/Broadcast finished: 1 of 1 sent/);
    expect(notices(moved, "Reminder notice.")).toHaveLength(1);

    const list = await boss.sayUntil(BOT, "broadcasts", /Which one should I cancel/);
    expect(list).toMatch(/1 repeating broadcast is scheduled/);
    expect(list).toMatch(/1\. “Reminder notice\.” – every day until/);
    await boss.sayUntil(BOT, "1", /will not be sent again/);
    expect((await store.getSchedule(schedule!.id))?.status).toBe("cancelled");
  });

  it("takes a long address list as a shared file", async () => {
    // The upload service is on loopback here, which downloads refuse unless allowed.
    await w.stopBot();
    await w.startBot({ FERRY_ADMINS: BOSS, FERRY_BROADCAST_RATE: "0", FERRY_IMPORT_ALLOW_PRIVATE: "true" });
    const pia = await w.user("pia");
    const session = await signIn(BOSS, "boss-pw", { serviceMap: serviceMapObject(w.server) });
    const list = new TextEncoder().encode("pia@old.test\nnot an address\nnobody-here@old.test\n");
    const up = await uploadFile(session, { filename: "users.txt", contentType: "text/plain", data: list });
    await session.close();
    if ("error" in up) throw new Error(up.error);
    const said = await broadcast("From a file.", { audience: "2", list: up.getUrl });
    expect(said).toMatch(/I ignored 3 entries that are not addresses: not, an, and address/);
    expect(said).toMatch(/Send it to 2 people now\?/);
    expect(await pia.waitForReply(BOT, /From a file\./)).toMatch(/From a file\./);
  });

  it("an admin can run broadcast over ad-hoc, one form per step, and the recipient gets the notice in their language", async () => {
    const adele = await w.user("adele");
    await adele.sayUntil(BOT, "language de", /Deutsch/);
    const reports = boss.bodiesFrom(BOT).length;
    const replies = await adhoc(boss, "broadcast", [
      { text: "Ad-hoc notice.\nSecond line.", languages: "de" },
      { "text-de": "Ad-hoc-Rundschreiben.\nZweite Zeile." },
      { audience: "pasted" },
      { list: "adele@old.test\nnot-an-address" },
      { every: "" },
      { confirm: "true" },
    ]);
    expect(replies.map(fieldsOf)).toEqual([["text", "languages"], ["text-de"], ["audience"], ["list"], ["every"], ["confirm"], []]);
    const confirm = replies[5]!.getChild("x", NS_DATA)!;
    expect(confirm.getChildren("instructions").map((i) => i.text()).join("\n---\n")).toMatch(/will get:\n---\nAd-hoc-Rundschreiben\.\nZweite Zeile\.\n\nUm dein Konto/);
    expect(confirm.getChild("field")!.attrs.label).toBe("Send it to 1 person now?");
    expect(replies[6]!.attrs.status).toBe("completed");
    expect(notesOf(replies[6]!)).toEqual(["Sending to 1 person now. I'll tell you here how it goes."]);
    expect(await adele.waitForReply(BOT, /Ad-hoc-Rundschreiben/)).toMatch(/Ad-hoc-Rundschreiben\.\nZweite Zeile\.\n\nUm dein Konto.*\*umziehen\*/s);
    await boss.waitForReply(BOT, /Broadcast finished: 1 of 1 sent, 0 failed/, reports);
  });

  it("stats over ad-hoc: the table and the download links in the completed command", async () => {
    const [reply] = await adhoc(boss, "stats", []);
    expect(reply!.attrs.status).toBe("completed");
    const [table, link, chart] = notesOf(reply!);
    expect(pngSize(new Uint8Array(await (await fetch(/as a chart: (\S+)/.exec(chart!)![1]!)).arrayBuffer()))).toEqual({ width: 800, height: 500 });
    expect(table).toMatch(/Moved\s+2\n/);
    expect(table).toMatch(/Failed\/cancelled\s+0\n/);
    const json = (await (await fetch(/as JSON: (\S+)/.exec(link!)![1]!)).json()) as { users: Record<string, number> };
    expect(json.users).toMatchObject({ moved: 2, failed: 0 });
  });
});
