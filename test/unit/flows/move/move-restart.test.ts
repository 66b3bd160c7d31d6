import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";
import type { Contact } from "../../../../src/core/contact.ts";

const alice = "alice@old.test";
const target = "alice@new.test";

const roster = (): Contact[] => [
  { jid: "romeo@x.test", name: "Romeo", groups: ["Friends"], subscription: "both" },
  { jid: "nurse@x.test", groups: ["Family"], subscription: "to" },
];

function world() {
  const w = unitWorld();
  w.accounts.add(alice, "old-pw", roster());
  w.accounts.add(target, "new-pw");
  return w;
}

const moved = (w: ReturnType<typeof world>) => w.accounts.get(target).roster.map((c) => c.jid).sort();

/**
 * `restart()` keeps the store (the conversation goes on) but builds a fresh
 * password vault, as a real restart does: Ferry must ask for what it lost.
 */
describe("a move conversation across a restart", () => {
  it("between the two password questions: asks the lost one again, then moves", async () => {
    const w = world();
    for (const m of ["move", target, "new-pw"]) await w.chat.handle(alice, m);
    w.restart();
    expect(await w.chat.handle(alice, "old-pw")).toEqual([
      "I need one of your passwords again: I keep passwords in memory only, and in the meantime I was restarted or too much time passed.",
      expect.stringMatching(/^The password of your new account/),
    ]);
    expect((await w.chat.handle(alice, "new-pw")).join("\n")).toMatch(/Thanks, both passwords work[\s\S]*2 contacts will move[\s\S]*Shall I start now\?/);
    await w.chat.handle(alice, "yes");
    expect(await w.chat.handle(alice, "no")).toEqual([expect.stringMatching(/^Moving to alice@new\.test now/)]);
    expect(await w.untilNotice(/is done/)).toMatch(/Of 2 roster entries: 2 moved/);
    expect(moved(w)).toEqual(["nurse@x.test", "romeo@x.test"]);
  });

  it("at the confirm step: keeps the answers, asks both passwords again, checks them, then moves", async () => {
    const w = world();
    for (const m of ["move", target, "new-pw", "old-pw"]) await w.chat.handle(alice, m);
    w.restart();
    expect(await w.chat.handle(alice, "yes")).toEqual([expect.stringMatching(/Shall I also send/)]);
    const again = await w.chat.handle(alice, "yes");
    expect(again[0]).toMatch(/^I need your passwords again: .*restarted/);
    expect(again.at(-1)).toMatch(/^The password of your new account/);
    // A password given again is checked like the first time.
    expect(await w.chat.handle(alice, "wrong")).toEqual([expect.stringMatching(/this account, alice@old\.test/)]);
    expect(await w.chat.handle(alice, "old-pw")).toEqual([
      "The password for alice@new.test did not work. Please try again.",
      expect.stringMatching(/^The password of your new account/),
    ]);
    // No second plan: the yes given before the restart still stands.
    expect(await w.chat.handle(alice, "new-pw")).toEqual([expect.stringMatching(/^Moving to alice@new\.test now/)]);
    const report = await w.untilNotice(/is done/);
    expect(report).toMatch(/Of 2 roster entries: 2 moved/);
    // The notify answer given before the restart was kept too.
    expect(report).toMatch(/I sent 2 contacts a chat message with your new address\./);
    expect(moved(w)).toEqual(["nurse@x.test", "romeo@x.test"]);
  });

  it("when the passwords time out at the confirm step, the same way", async () => {
    const w = world();
    for (const m of ["move", target, "new-pw", "old-pw", "yes"]) await w.chat.handle(alice, m);
    w.deps.secrets.clear(`chat:${alice}`);
    expect((await w.chat.handle(alice, "no"))[0]).toMatch(/^I need your passwords again/);
    await w.chat.handle(alice, "new-pw");
    expect(await w.chat.handle(alice, "old-pw")).toEqual([expect.stringMatching(/^Moving to/)]);
    expect(await w.untilNotice(/is done/)).toMatch(/2 moved/);
  });

  it("resume: a restart between its two password questions asks the lost one again", async () => {
    const w = world();
    // A plan (kept as a draft, the user declined it), then stored as a move a crash mid-way left interrupted.
    for (const m of ["move", target, "new-pw", "old-pw", "no", "no"]) await w.chat.handle(alice, m);
    const job = (await w.jobs.draft(alice))!;
    await w.jobs.save({ ...job, status: "interrupted" });
    for (const m of ["resume", "new-pw"]) await w.chat.handle(alice, m);
    w.restart();
    expect(await w.chat.handle(alice, "old-pw")).toEqual([expect.stringMatching(/^I need one of your passwords again/), expect.stringMatching(/^The password of your new account/)]);
    expect(await w.chat.handle(alice, "new-pw")).toEqual([expect.stringMatching(/^Moving to alice@new\.test now/)]);
    expect(await w.untilNotice(/is done/)).toMatch(/2 moved/);
  });
});
