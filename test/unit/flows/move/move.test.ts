import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";
import type { Contact } from "../../../../src/core/contact.ts";

const alice = "alice@old.test";
const target = "alice@new.test";

function roster(): Contact[] {
  return [
    { jid: "romeo@x.test", name: "Romeo", groups: ["Friends"], subscription: "both" },
    { jid: "nurse@x.test", groups: ["Family", "Friends"], subscription: "to" },
    { jid: "tybalt@x.test", name: "Tybalt", groups: [], subscription: "from" },
    { jid: "friar@x.test", groups: [], subscription: "none", ask: true },
    { jid: "msn.x.test", name: "MSN gateway", groups: [], subscription: "both" },
    { jid: "joe%hotmail.com@msn.x.test", name: "Joe", groups: ["MSN"], subscription: "both" },
    { jid: "bad jid@x.test", groups: [], subscription: "both" },
  ];
}

function world(serverRate = 0) {
  const w = unitWorld({ serverRate });
  w.accounts.add(alice, "old-pw", roster());
  w.accounts.add(target, "new-pw");
  return w;
}

describe("move flow (chat, fake accounts)", () => {
  it("asks target and passwords (warning first), shows the plan, moves on yes, and reports every contact", async () => {
    const w = world();
    const start = await w.chat.handle(alice, "move");
    expect(start.join("\n")).toMatch(/move your account alice@old\.test/);
    expect(start.at(-1)).toMatch(/What is your new address/);
    const warn = await w.chat.handle(alice, target);
    expect(warn[0]).toMatch(/chat messages may be stored/);
    expect(warn[1]).toMatch(/password of your new account/);
    expect(await w.chat.handle(alice, "new-pw")).toEqual([expect.stringMatching(/password of this account, alice@old\.test/)]);
    const plan = (await w.chat.handle(alice, "old-pw")).join("\n");
    expect(plan).toMatch(/4 contacts will move \(1 mutual, 1 you follow, 1 follow you, 1 you asked to follow \(no answer yet\), 0 without subscription\), in 2 groups/);
    expect(plan).toMatch(/3 entries will not be moved/);
    expect(plan).toMatch(/msn\.x\.test: a legacy network gateway itself/);
    expect(plan).toMatch(/joe%hotmail\.com@msn\.x\.test: a contact behind a legacy network gateway/);
    expect(plan).toMatch(/bad jid@x\.test: not a valid XMPP address/);
    expect(plan).toMatch(/Shall I start now\?/);
    // Nothing changed before the yes.
    expect(w.accounts.get(target).roster).toEqual([]);
    expect(await w.chat.handle(alice, "yes")).toEqual([expect.stringMatching(/chat message from this account/)]);
    expect(await w.chat.handle(alice, "no")).toEqual([expect.stringMatching(/Moving to alice@new\.test now/)]);

    const report = await w.untilNotice(/Your move to alice@new\.test is done/);
    expect(report).toMatch(/Of 7 roster entries: 4 moved \(3 asked to accept the new address, 2 allowed to see you\), 0 failed, 3 skipped\./);
    const newRoster = w.accounts.get(target).roster;
    expect(newRoster.map((c) => c.jid).sort()).toEqual(["friar@x.test", "nurse@x.test", "romeo@x.test", "tybalt@x.test"]);
    expect(newRoster.find((c) => c.jid === "nurse@x.test")!.groups).toEqual(["Family", "Friends"]);
    expect(newRoster.find((c) => c.jid === "romeo@x.test")!.name).toBe("Romeo");
    const sent = w.accounts.get(target).sent.map((s) => `${s.attrs.type}:${s.attrs.to}`);
    // Requests for to/both (and a pending ask), pre-approval for from/both.
    expect(sent.sort()).toEqual(["subscribe:friar@x.test", "subscribe:nurse@x.test", "subscribe:romeo@x.test", "subscribed:romeo@x.test", "subscribed:tybalt@x.test"]);
    const request = w.accounts.get(target).sent.find((s) => s.attrs.type === "subscribe")!;
    expect(request.getChild("moved", "urn:xmpp:moved:1")!.getChildText("old-jid")).toBe(alice);
    // The flow has ended: the next message gets the menu.
    expect((await w.chat.handle(alice, "hi"))[0]).toMatch(/^Hi! I'm Ferry/);
  });

  it("re-asks a wrong password and stops after the third", async () => {
    const w = world();
    await w.chat.handle(alice, "move");
    await w.chat.handle(alice, target);
    await w.chat.handle(alice, "wrong-1");
    const first = await w.chat.handle(alice, "old-pw");
    expect(first[0]).toBe("The password for alice@new.test did not work. Please try again.");
    expect(first[1]).toMatch(/password of your new account/);
    expect((await w.chat.handle(alice, "wrong-2"))[0]).toMatch(/did not work/);
    expect(await w.chat.handle(alice, "wrong-3")).toEqual([expect.stringMatching(/third wrong password/)]);
    expect(w.deps.secrets.size).toBe(0);
  });

  it("refuses the account the user writes from as the target", async () => {
    const w = world();
    await w.chat.handle(alice, "move");
    const out = await w.chat.handle(alice, "Alice@Old.Test");
    // Validation of the address happens before the passwords; self is caught when the step is submitted.
    expect(out.join("\n")).toMatch(/password of your new account/);
    await w.chat.handle(alice, "x");
    expect((await w.chat.handle(alice, "y"))[0]).toMatch(/account you are writing from/);
  });

  it("leaves nothing changed when the user says no", async () => {
    const w = world();
    for (const m of ["move", target, "new-pw", "old-pw"]) await w.chat.handle(alice, m);
    expect(await w.chat.handle(alice, "no")).toEqual([expect.stringMatching(/Shall I also send/)]);
    expect(await w.chat.handle(alice, "no")).toEqual([expect.stringMatching(/I changed nothing/)]);
    expect(w.accounts.get(target).roster).toEqual([]);
  });

  it("reports a contact whose roster write fails, and still moves the others", async () => {
    const w = world();
    w.accounts.rejectRosterWrites.set("nurse@x.test", "not-acceptable");
    for (const m of ["move", target, "new-pw", "old-pw", "yes", "no"]) await w.chat.handle(alice, m);
    const report = await w.untilNotice(/is done/);
    expect(report).toMatch(/3 moved .* 1 failed, 3 skipped/);
    expect(report).toMatch(/nurse@x\.test \(the server said: not-acceptable\)/);
    expect(w.accounts.get(target).sent.some((s) => s.attrs.to === "nurse@x.test")).toBe(false);
  });

  it("stops a running move on cancel and reports how far it got", async () => {
    const w = unitWorld({ serverRate: 100 });
    w.accounts.add(alice, "old-pw", Array.from({ length: 40 }, (_, i) => ({ jid: `c${i}@x.test`, groups: [], subscription: "both" as const })));
    w.accounts.add(target, "new-pw");
    for (const m of ["move", target, "new-pw", "old-pw", "yes", "no"]) await w.chat.handle(alice, m);
    await new Promise((r) => setTimeout(r, 60));
    // While it runs, anything else gets an answer, not silence.
    expect(await w.chat.handle(alice, "status")).toEqual([expect.stringMatching(/still working on it/)]);
    expect(await w.chat.handle(alice, "cancel")).toEqual([expect.stringMatching(/^Cancelled/)]);
    const report = await w.untilNotice(/was cancelled/);
    const moved = Number(/(\d+) moved/.exec(report)![1]);
    expect(moved).toBeLessThan(40);
    expect(report).toMatch(new RegExp(`, ${40 - moved} not done yet\\.`));
    // What the report calls moved is exactly what the new account has.
    expect(w.accounts.get(target).roster).toHaveLength(moved);
  });
});
