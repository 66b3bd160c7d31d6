import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { unitWorld } from "../../../support/unit-world.ts";

const alice = "alice@old.test";
const target = "alice@new.test";

/** The new server's upload service: every PUT body, by path. */
const puts = new Map<string, string>();
let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      puts.set(req.url!, Buffer.concat(chunks).toString("utf8"));
      res.writeHead(201).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/files`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** Alice's old account with two archived messages, one of them four months old; the new server takes uploads. */
function world() {
  puts.clear();
  const w = unitWorld();
  w.accounts.add(alice, "old-pw", [{ jid: "romeo@x.test", groups: [], subscription: "both" }]);
  w.accounts.add(target, "new-pw");
  w.accounts.uploads.set("new.test", base);
  const monthsAgo = (n: number) => new Date(Date.now() - n * 31 * 24 * 3600_000).toISOString();
  w.accounts.archives.set(alice, [
    { id: "m1", stamp: monthsAgo(4), from: "romeo@x.test", body: "an old line" },
    { id: "m2", stamp: monthsAgo(1), from: "romeo@x.test", body: "a recent line" },
  ]);
  return w;
}

/** The plan's questions in chat: start, no notices, then this answer to the backup question. */
async function moveInChat(w: ReturnType<typeof world>, backup: string) {
  for (const m of ["move", target, "new-pw", "old-pw", "yes", "no"]) await w.chat.handle(alice, m);
  return w.chat.handle(alice, backup);
}

describe("a backup with the move", () => {
  it("is asked in chat after the notices, with backup's history choices and no backup as the last", async () => {
    const w = world();
    for (const m of ["move", target, "new-pw", "old-pw", "yes"]) await w.chat.handle(alice, m);
    const asked = (await w.chat.handle(alice, "no")).join("\n");
    expect(asked).toMatch(/keep a backup of this account with its message history/);
    expect(asked).toMatch(/1\. All of it\n2\. The last 12 months\n3\. The last 6 months\n4\. The last 3 months\n5\. The last month\n6\. No backup/);
  });

  it("is the field backup-history of the ad-hoc form, with the same values", async () => {
    const w = world();
    const first = await w.adhoc.handle({ user: alice, node: "move", action: "execute" });
    if (!("sessionid" in first)) throw new Error(`no session: ${JSON.stringify(first)}`);
    const plan = await w.adhoc.handle({ user: alice, node: "move", sessionid: first.sessionid, action: "next", values: { "new-jid": [target], "new-password": ["new-pw"], "old-password": ["old-pw"] } });
    if (!("form" in plan) || !plan.form) throw new Error(`no form: ${JSON.stringify(plan)}`);
    const field = plan.form.fields.find((f) => f.var === "backup-history");
    expect(field?.type).toBe("list-single");
    expect(field?.options?.map((o) => o.value)).toEqual(["all", "12", "6", "3", "1", "none"]);
    expect(plan.form.fields.map((f) => f.var).slice(0, 3)).toEqual(["confirm", "notify", "backup-history"]);
  });

  it("is not asked when neither server takes uploads: no file could be handed over", async () => {
    const w = world();
    w.accounts.uploads.clear();
    for (const m of ["move", target, "new-pw", "old-pw", "yes"]) await w.chat.handle(alice, m);
    expect(await w.chat.handle(alice, "no")).toEqual([expect.stringMatching(/^Moving to alice@new\.test now/)]);
  });

  it("none: no backup is made, and the report says nothing about one", async () => {
    const w = world();
    expect(await moveInChat(w, "6")).toEqual([expect.stringMatching(/^Moving to alice@new\.test now/)]);
    const report = await w.untilNotice(/is done/);
    expect(w.accounts.archiveQueries).toEqual([]);
    expect(puts.size).toBe(0);
    expect(report).not.toMatch(/Backup of this account/);
  });

  it("the last 3 months: the old account's history since then goes into a file on the new server, its link comes alone, and the report says so", async () => {
    const w = world();
    await moveInChat(w, "4");
    const report = await w.untilNotice(/is done/);
    expect(w.accounts.archiveQueries).toHaveLength(1);
    const since = new Date(w.accounts.archiveQueries[0]!.start).getTime();
    const threeMonths = new Date();
    threeMonths.setUTCMonth(threeMonths.getUTCMonth() - 3);
    expect(Math.abs(since - threeMonths.getTime())).toBeLessThan(24 * 3600_000);
    expect(puts.size).toBe(1);
    const [path, file] = [...puts][0]!;
    expect(file).toContain("a recent line");
    expect(file).not.toContain("an old line");
    const texts = w.notices.map((n) => n.text);
    const link = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
    // The link alone in a message: the chat router sends it with jabber:x:oob.
    expect(texts).toContain(link);
    expect(texts.join("\n")).toMatch(/kept by the upload service of your new server, new\.test/);
    expect(texts.join("\n")).toMatch(/It holds 1 message of your history/);
    // Made before the contacts are moved: the link comes before the report.
    expect(texts.indexOf(link)).toBeLessThan(texts.findIndex((t) => /is done/.test(t)));
    expect(report).toMatch(/Backup of this account: made before the move/);
  });

  it("goes through the old server when the new one takes no uploads, and says why", async () => {
    const w = world();
    w.accounts.uploads.clear();
    w.accounts.uploads.set("old.test", base);
    await moveInChat(w, "all");
    const report = await w.untilNotice(/is done/);
    expect(puts.size).toBe(1);
    const texts = w.notices.map((n) => n.text).join("\n");
    expect(texts).toMatch(/The file is kept by the upload service of old\.test/);
    expect(texts).toMatch(/could not put a copy on new\.test: it offers no file upload/);
    expect(report).toMatch(/Backup of this account: made before the move/);
  });

  it("a move resumed after the backup was made does not make it again", async () => {
    const w = world();
    for (const m of ["move", target, "new-pw", "old-pw", "yes", "no"]) await w.chat.handle(alice, m);
    // The backup's requests to the new server (disco items, disco info, slot), then the roster read: the drop comes in the contacts.
    w.accounts.dropAfter.set(target, 4);
    await w.chat.handle(alice, "all");
    await w.untilNotice(/interrupted/);
    expect(puts.size).toBe(1);
    for (const m of ["resume", "new-pw", "old-pw"]) await w.chat.handle(alice, m);
    const report = await w.untilNotice(/is done/);
    expect(w.accounts.archiveQueries).toHaveLength(1);
    expect(puts.size).toBe(1);
    expect(report).toMatch(/Backup of this account: made before the move/);
  });

  it("a backup a restart cut short is reported, not made again", async () => {
    const w = world();
    for (const m of ["move", target, "new-pw", "old-pw", "yes", "no"]) await w.chat.handle(alice, m);
    // The archive query never answers: the backup is caught in the middle when the bot restarts.
    w.accounts.holdIqs.set(alice, new Promise<void>(() => undefined));
    await w.chat.handle(alice, "all");
    await expect.poll(async () => (await w.jobs.get(alice))?.historyBackup?.state).toBe("running");
    // The process dies: its lease is gone with it (the stuck run here cannot renew it any more than a dead one).
    w.restart();
    await w.store.delete(`lease:move:${alice}`);
    w.accounts.holdIqs.delete(alice);
    // The new process finds the job its predecessor left running.
    await w.engine.recover();
    await w.untilNotice(/interrupted/);
    for (const m of ["resume", "new-pw", "old-pw"]) await w.chat.handle(alice, m);
    const report = await w.untilNotice(/is done/);
    expect(puts.size).toBe(0);
    expect(report).toMatch(/Backup of this account: a restart cut it short and I did not make it again/);
  });
});
