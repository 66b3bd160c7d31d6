import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { xml } from "@xmpp/client";
import { integrationWorld, BOT, type World as WorldOn } from "../support/integration-world.ts";
import type { ProsodyServer } from "../../src/devserver/prosody.ts";
import { publishClientBookmark, serviceMapObject } from "../support/test-servers.ts";
import { seedRoster } from "../support/seed-roster.ts";
import { XmppUser } from "../support/xmpp-user.ts";
import { sentPresencePlugin, sentPresences, requestsSentBy } from "../support/sent-presences.ts";
import { ferryProcesses } from "../support/ferry-process.ts";
import { signIn, type AccountSession } from "../../src/protocol/connection/account-session.ts";
import { readRoster } from "../../src/protocol/account/roster.ts";
import { uploadFile } from "../../src/protocol/account/http-upload.ts";
import { buildXep0227 } from "../../src/protocol/account/xep0227-export.ts";
import { publishNickname, readNickname } from "../../src/protocol/profile/copy-nickname.ts";
import { readVcard, setVcard } from "../../src/protocol/profile/copy-vcard.ts";
import { readBookmarks, readLegacyBookmarks, setLegacyBookmarks, NS_BOOKMARKS } from "../../src/protocol/profile/copy-bookmarks.ts";
import { publishAvatar, readAvatarMetadata } from "../../src/protocol/profile/copy-avatar.ts";
import { readBlocklist } from "../../src/protocol/profile/copy-blocklist.ts";
import type { Contact } from "../../src/core/contact.ts";

/** Prosody only: requests are counted where they are sent, with a test-only Prosody module. */
type World = WorldOn<ProsodyServer>;

const AVATAR_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
const AVATAR_ID = createHash("sha1").update(Buffer.from(AVATAR_PNG, "base64")).digest("hex");

const roster: Contact[] = [
  { jid: "ann@old.test", name: "Ann & Co", groups: ["Friends", "Work"], subscription: "both" },
  { jid: "ben@new.test", name: "Ben", groups: ["Work"], subscription: "to" },
  { jid: "cat@new.test", groups: ["Friends"], subscription: "from" },
  { jid: "dan@new.test", name: "Dan", groups: [], subscription: "none" },
  { jid: "eve@new.test", groups: [], subscription: "none", ask: true },
];

describe("restore: a backup back onto a fresh account on another server (real Prosody)", () => {
  let w: World;
  const serviceMap = () => serviceMapObject(w.server);
  const session = (jid: string, password: string) => signIn(jid, password, { serviceMap: serviceMap() });

  beforeAll(async () => {
    w = await integrationWorld({ upload: true, plugins: sentPresencePlugin });
    await w.startBot({ FERRY_SERVER_RATE: "0", FERRY_USER_RATE_BURST: "1000", FERRY_IMPORT_ALLOW_PRIVATE: "true" });
  });
  afterAll(async () => w?.close());

  /** An account used for years: the roster above, a vCard, an avatar, a nickname, bookmarks of both kinds, a blocklist. */
  async function seedAccount(local: string, password: string): Promise<void> {
    await w.server.register(local, "old.test", password);
    await seedRoster(w.server, local, "old.test", roster);
    const old = await session(`${local}@old.test`, password);
    // Legacy bookmarks first: Prosody mirrors them into XEP-0402.
    await setLegacyBookmarks(old, [{ jid: "tea@rooms.old.test", name: "Tea party", autojoin: true }]);
    await publishClientBookmark(old, "prosody", { id: "croquet@rooms.old.test", payload: xml("conference", { xmlns: NS_BOOKMARKS, name: "Croquet", autojoin: "false" }, xml("nick", {}, "Ali")) });
    await setVcard(old, { fullName: "Alice Liddell", nickname: "Ali", url: "https://wonderland.example" });
    await publishNickname(old, "Ali");
    await publishAvatar(old, { data: Buffer.from(AVATAR_PNG, "base64"), type: "image/png", width: 1, height: 1 });
    await old.iq("set", xml("block", { xmlns: "urn:xmpp:blocking" }, xml("item", { jid: "spam@evil.test" }), xml("item", { jid: "troll@old.test" })));
    await old.close();
  }

  /** Sends the link as a client shares a file: the body is the file's name, the link is in jabber:x:oob. */
  async function share(user: XmppUser, url: string, until: RegExp): Promise<string> {
    const before = user.bodiesFrom(BOT).length;
    await user.xmpp.send(xml("message", { to: BOT, type: "chat" }, xml("body", {}, "backup.xml"), xml("x", { xmlns: "jabber:x:oob" }, xml("url", {}, url))));
    return user.waitForReply(BOT, until, before);
  }

  async function restoreFrom(user: XmppUser, url: string, password: string): Promise<{ preview: string; report: string }> {
    await user.sayUntil(BOT, "restore", /The backup file or its link/);
    const preview = await share(user, url, /password of this account/);
    const report = await user.sayUntil(BOT, password, /Your restore onto .* is done/, 60_000);
    return { preview, report };
  }

  /** Everything the restore should have put on the account. */
  async function expectRestored(target: AccountSession): Promise<void> {
    const restored = new Map((await readRoster(target)).map((c) => [c.jid, c]));
    expect([...restored.keys()].sort()).toEqual(roster.map((c) => c.jid).sort());
    for (const c of roster) {
      const r = restored.get(c.jid)!;
      expect(r.name, c.jid).toBe(c.name);
      expect([...r.groups].sort(), c.jid).toEqual([...c.groups].sort());
    }
    // A request where the old account followed the contact (to, both, its own pending request), none otherwise.
    const requests = await requestsSentBy(w.server, target.jid);
    expect(Object.keys(requests).sort()).toEqual(["ann@old.test", "ben@new.test", "eve@new.test"]);
    expect(Object.values(requests)).toEqual([1, 1, 1]);
    expect((await readVcard(target))?.getChildText("FN")).toBe("Alice Liddell");
    expect((await readVcard(target))?.getChildText("URL")).toBe("https://wonderland.example");
    expect((await readAvatarMetadata(target))?.id).toBe(AVATAR_ID);
    expect(await readNickname(target)).toBe("Ali");
    expect((await readBookmarks(target)).map((b) => b.id).sort()).toEqual(["croquet@rooms.old.test", "tea@rooms.old.test"]);
    expect((await readLegacyBookmarks(target)).map((b) => b.attrs.jid)).toContain("tea@rooms.old.test");
    expect((await readBlocklist(target)).sort()).toEqual(["spam@evil.test", "troll@old.test"]);
  }

  it("a backup taken in chat restores roster, vCard, avatar, nickname, bookmarks and blocklist onto an empty account", async () => {
    await seedAccount("alice", "alice-old");
    await w.server.register("alice", "new.test", "alice-new");
    const old = await XmppUser.connect(w.server.service, "alice@old.test", "alice-old");
    await old.sayUntil(BOT, "backup", /Which message history/);
    await old.sayUntil(BOT, "none", /password of this account/);
    expect(await old.sayUntil(BOT, "alice-old", /another server/)).toMatch(/2\. no, only through this server/);
    await old.sayUntil(BOT, "no", /runs in the background/);
    const ready = await old.waitForReply(BOT, /Here is your backup|could not|no file upload/);
    expect(ready).toMatch(/Here is your backup \(5 contacts/);
    const url = /(http:\/\/\S+)/.exec(ready)![1]!;
    // Where it lives and for how long, then the link alone, which the client offers as a file to save.
    expect(await old.waitForReply(BOT, /upload service of old\.test/)).toMatch(/only for as long as its admin has set/);
    await old.waitFor((inbox) => inbox.some((s) => s.is("message") && s.getChild("x", "jabber:x:oob")?.getChildText("url") === url));
    await old.stop();

    const fresh = await XmppUser.connect(w.server.service, "alice@new.test", "alice-new");
    const { preview, report } = await restoreFrom(fresh, url, "alice-new");
    expect(preview).toMatch(/This backup holds the account alice@old\.test \(made by Ferry\)/);
    expect(preview).toMatch(/5 contacts with their names, 2 groups/);
    expect(preview).toMatch(/profile card \(vCard\): yes; avatar: yes; nickname: yes/);
    expect(preview).toMatch(/bookmarks: 2 \(and 2 in the old format\)/);
    expect(preview).toMatch(/blocked addresses: 2/);
    expect(report).toMatch(/Of 5 contacts in the backup: 5 restored \(3 asked to share presence again\), 0 failed, 0 not restored\./);
    for (const line of [/Profile card \(vCard\): copied/, /Avatar: copied/, /Nickname: copied/, /Bookmarks: copied \(2\)/, /Blocked addresses: copied \(2\)/]) expect(report).toMatch(line);
    await fresh.stop();

    const target = await session("alice@new.test", "alice-new");
    await expectRestored(target);
    await target.close();
    // The requests say who moved (XEP-0283), since the file's account is another address.
    const requests = (await sentPresences(w.server)).filter((p) => p.from === "alice@new.test" && p.type === "subscribe");
    expect(requests.map((p) => p.moved)).toEqual([true, true, true]);
  });

  it("a sudden shutdown: the backup uploaded through the new server too restores when the old server's copy is gone", async () => {
    await seedAccount("bea", "bea-old");
    await w.server.register("bea", "new.test", "bea-new");
    const old = await XmppUser.connect(w.server.service, "bea@old.test", "bea-old");
    await old.sayUntil(BOT, "backup", /Which message history/);
    await old.sayUntil(BOT, "none", /password of this account/);
    await old.sayUntil(BOT, "bea-old", /another server/);
    await old.sayUntil(BOT, "other", /address of that account/);
    await old.sayUntil(BOT, "bea@new.test", /password of bea@new\.test/);
    await old.sayUntil(BOT, "bea-new", /runs in the background/);
    const copy = await old.waitForReply(BOT, /A copy is also kept through new\.test/);
    expect(copy).toMatch(/still there if old\.test shuts down/);
    const newUrl = /kept through new\.test.*?(http:\/\/\S+)/s.exec(copy)![1]!;
    expect(newUrl).toContain("/upload-new.test/");
    const oldUrl = /(http:\/\/\S+)/.exec(old.bodiesFrom(BOT).find((b) => /Here is your backup/.test(b))!)![1]!;
    await old.stop();

    // The old server's uploads vanish with it.
    await removeUploads(w.server.dataDir, "upload.old.test");
    expect((await fetch(oldUrl)).ok).toBe(false);

    const fresh = await XmppUser.connect(w.server.service, "bea@new.test", "bea-new");
    await fresh.sayUntil(BOT, "restore", /The backup file or its link/);
    expect(await share(fresh, oldUrl, /could not|404/)).toMatch(/could not/i);
    await fresh.sayUntil(BOT, "cancel", /Cancelled/);
    const { report } = await restoreFrom(fresh, newUrl, "bea-new");
    expect(report).toMatch(/Of 5 contacts in the backup: 5 restored/);
    await fresh.stop();
    const target = await session("bea@new.test", "bea-new");
    await expectRestored(target);
    await target.close();
  });
});

/** Deletes every file an upload component of the test Prosody keeps (its folder under data_path). */
async function removeUploads(dataDir: string, component: string): Promise<void> {
  const encoded = component.replace(/\./g, "%2e");
  const entries = await readdir(dataDir, { recursive: true });
  const files = entries.filter((e) => e.startsWith(encoded) || e.includes(`/${encoded}`));
  if (files.length === 0) throw new Error(`no upload folder for ${component} in ${entries.join(", ")}`);
  await Promise.all(files.map((f) => rm(join(dataDir, f), { recursive: true, force: true })));
}

describe("a restore that is killed and resumed (real Prosody, real process)", () => {
  let w: World;
  const processes = ferryProcesses();
  beforeAll(async () => {
    w = await integrationWorld({ upload: true, plugins: sentPresencePlugin });
  });
  afterAll(async () => {
    processes.killAll();
    await w?.close();
  });

  it("goes on where it stopped, and no contact gets a second request", async () => {
    const contacts: Contact[] = Array.from({ length: 30 }, (_, i) => ({ jid: `pal${i + 1}@old.test`, groups: ["Pals"], subscription: "both" as const }));
    await w.server.register("carol", "old.test", "carol-old");
    await w.server.register("carol", "new.test", "carol-new");
    const file = buildXep0227({ jid: "carol@old.test", roster: contacts, privateData: [], pep: [], blocklist: ["spam@evil.test"] }, "2024-05-01T00:00:00Z");
    const uploader = await signIn("carol@old.test", "carol-old", { serviceMap: serviceMapObject(w.server) });
    const up = await uploadFile(uploader, { filename: "carol.xml", contentType: "application/xml", data: new TextEncoder().encode(file) });
    await uploader.close();
    if ("error" in up) throw new Error(up.error);

    const env = { FERRY_USER_RATE_BURST: "1000", FERRY_IMPORT_ALLOW_PRIVATE: "true" };
    // Slow enough (10 stanzas/s) that the kill lands mid-way.
    const first = processes.start(w.env({ ...env, FERRY_SERVER_RATE: "10" }));
    await first.waitForOutput(/"msg":"online"/);
    const carol = await XmppUser.connect(w.server.service, "carol@new.test", "carol-new");
    await carol.sayUntil(BOT, "restore", /The backup file or its link/);
    await carol.sayUntil(BOT, up.getUrl, /password of this account/);
    await carol.sayUntil(BOT, "carol-new", /Restoring onto carol@new\.test/);
    const asked = async () => Object.keys(await requestsSentBy(w.server, "carol@new.test")).length;
    await expect.poll(asked, { timeout: 20_000 }).toBeGreaterThanOrEqual(6);
    first.child.kill("SIGKILL");
    await first.exited;
    expect(await asked()).toBeLessThan(30);

    const second = processes.start(w.env({ ...env, FERRY_SERVER_RATE: "0" }));
    await second.waitForOutput(/"msg":"online"/);
    await carol.waitForReply(BOT, /Your restore was interrupted/);
    await carol.sayUntil(BOT, "restore", /Shall I go on with it where it stopped/);
    await carol.sayUntil(BOT, "yes", /password of this account/);
    const report = await carol.sayUntil(BOT, "carol-new", /Your restore onto carol@new\.test is done/, 30_000);
    expect(report).toMatch(/Of 30 contacts in the backup: 30 restored/);
    expect(report).toMatch(/Blocked addresses: copied \(1\)/);
    // Every contact was asked exactly once over the crash and the resume.
    expect(await requestsSentBy(w.server, "carol@new.test")).toEqual(Object.fromEntries(contacts.map((c) => [c.jid, 1])));
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    await carol.stop();
  });
});
