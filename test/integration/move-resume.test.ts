import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { Element } from "@xmpp/xml";
import { integrationWorld, BOT } from "../support/integration-world.ts";
import { seedRoster } from "../../src/devserver/seed-roster.ts";
import { ferryProcesses } from "../support/ferry-process.ts";
import { XmppUser } from "../support/xmpp-user.ts";
import { sentPresencePlugin, requestsSentBy } from "../support/sent-presences.ts";
import { startMoveInChat } from "../support/chat-move.ts";
import type { Contact } from "../../src/core/contact.ts";

type World = Awaited<ReturnType<typeof integrationWorld>>;

const requestsFrom = (contact: XmppUser, from: string) =>
  contact.inbox.filter((s: Element) => s.is("presence") && s.attrs.type === "subscribe" && String(s.attrs.from).split("/")[0] === from).length;

describe("a move that is killed, resumed, or cancelled (real Prosody, real process)", () => {
  let w: World;
  const processes = ferryProcesses();
  const ferryProcess = (env: Record<string, string>) => processes.start(env);
  beforeAll(async () => {
    w = await integrationWorld({ plugins: sentPresencePlugin });
  });
  afterAll(async () => {
    processes.killAll();
    await w?.close();
  });

  it("resumes after a crash without sending any contact a second request", async () => {
    const contacts: XmppUser[] = [];
    const roster: Contact[] = [];
    for (let i = 1; i <= 30; i++) {
      contacts.push(await w.user(`pal${i}`));
      roster.push({ jid: `pal${i}@old.test`, groups: ["Pals"], subscription: "both" });
    }
    await w.server.register("carol", "old.test", "carol-old");
    await w.server.register("carol", "new.test", "carol-new");
    await seedRoster(w.server, "carol", "old.test", roster);

    // Slow enough (10 stanzas/s) that the kill lands mid-way.
    const first = ferryProcess(w.env({ FERRY_SERVER_RATE: "10" }));
    await first.waitForOutput(/"msg":"online"/);
    const carol = await XmppUser.connect(w.server.service, "carol@old.test", "carol-old");
    await startMoveInChat(carol, BOT, { target: "carol@new.test", newPassword: "carol-new", oldPassword: "carol-old" });
    await expect.poll(() => contacts.filter((c) => requestsFrom(c, "carol@new.test") > 0).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(6);
    first.child.kill("SIGKILL");
    await first.exited;
    const before = contacts.filter((c) => requestsFrom(c, "carol@new.test") > 0).length;
    expect(before).toBeLessThan(30);

    const second = ferryProcess(w.env({ FERRY_SERVER_RATE: "0" }));
    await second.waitForOutput(/"msg":"online"/);
    await carol.waitForReply(BOT, /Your move was interrupted/);
    const intro = await carol.sayUntil(BOT, "resume", /password of your new account/);
    expect(intro).toMatch(/Your move to carol@new\.test was interrupted/);
    await carol.sayUntil(BOT, "carol-new", /this account/);
    const report = await carol.sayUntil(BOT, "carol-old", /is done/, 30_000);
    expect(report).toMatch(/Of 30 roster entries: 30 moved/);
    await new Promise((r) => setTimeout(r, 500));
    // Every contact got the request, and the new account sent each exactly one over the crash and the resume.
    expect(contacts.map((c) => requestsFrom(c, "carol@new.test"))).toEqual(Array(30).fill(1));
    expect(await requestsSentBy(w.server, "carol@new.test")).toEqual(Object.fromEntries(contacts.map((c) => [c.jid, 1])));
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    await carol.stop();
  });

  it("stops a running move on cancel, and the report says how far it got", async () => {
    await w.server.register("dave", "old.test", "dave-old");
    await w.server.register("dave", "new.test", "dave-new");
    await seedRoster(
      w.server,
      "dave",
      "old.test",
      Array.from({ length: 40 }, (_, i) => ({ jid: `someone${i}@new.test`, groups: [], subscription: "both" as const })),
    );
    await w.startBot({ FERRY_SERVER_RATE: "10" });
    const dave = await XmppUser.connect(w.server.service, "dave@old.test", "dave-old");
    await startMoveInChat(dave, BOT, { target: "dave@new.test", newPassword: "dave-new", oldPassword: "dave-old" });
    await new Promise((r) => setTimeout(r, 1500));
    const report = await dave.sayUntil(BOT, "cancel", /was cancelled/);
    expect(report).toMatch(/Of 40 roster entries: (\d+) moved/);
    const moved = Number(/(\d+) moved/.exec(report)![1]);
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(40);
    expect(report).toMatch(new RegExp(`, ${40 - moved} not done yet\\.`));
    await w.stopBot();
    await dave.stop();
  });
});
