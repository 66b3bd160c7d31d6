import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { integrationWorld, BOT } from "../support/integration-world.ts";
import { ferryProcesses } from "../support/ferry-process.ts";
import { XmppUser } from "../support/xmpp-user.ts";

type World = Awaited<ReturnType<typeof integrationWorld>>;
const BOSS = "boss@old.test";
const NOTICE = "Crash notice: old.test closes on 1 June.";

const copies = (u: XmppUser) => u.bodiesFrom(BOT).filter((b) => b.includes(NOTICE)).length;

describe("a broadcast whose process is killed (real Prosody, real process)", () => {
  let w: World;
  const processes = ferryProcesses();
  // One message a second, so the kill lands between two recipients.
  const ferryProcess = () => processes.start(w.env({ FERRY_ADMINS: BOSS, FERRY_BROADCAST_RATE: "1" }));
  beforeAll(async () => {
    w = await integrationWorld();
  });
  afterAll(async () => {
    processes.killAll();
    await w?.close();
  });

  it("continues after SIGKILL: every recipient gets the notice exactly once and the admin the report", async () => {
    const boss = await w.user("boss");
    const recipients = [await w.user("k1"), await w.user("k2"), await w.user("k3"), await w.user("k4")];
    const first = ferryProcess();
    await first.waitForOutput(/"msg":"online"/);
    for (const [text, until] of [
      ["broadcast", /The notice in English/],
      [NOTICE, /other languages/],
      ["skip", /Who should get it/],
      ["2", /Paste the addresses/],
      [recipients.map((r) => r.jid).join("\n"), /every how many days/],
      ["skip", /Send it to 4 people now/],
      ["yes", /Sending to 4 people/],
    ] as const) {
      await boss.sayUntil(BOT, text, until);
    }
    const reached = () => recipients.filter((r) => copies(r) > 0).length;
    await Promise.any(recipients.map((r) => r.waitForReply(BOT, /Crash notice/)));
    first.child.kill("SIGKILL");
    await first.exited;
    expect(reached()).toBeLessThan(recipients.length);

    const second = ferryProcess();
    await second.waitForOutput(/"msg":"online"/);
    await boss.waitForReply(BOT, /Broadcast finished: 4 of 4 sent, 0 failed/, 0, 30_000);
    expect(second.output()).toMatch(/"msg":"resuming broadcast"/);
    expect(recipients.map(copies)).toEqual([1, 1, 1, 1]);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  });
});
