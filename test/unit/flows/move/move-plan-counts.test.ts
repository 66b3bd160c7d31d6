import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";

const alice = "alice@old.test";
const target = "alice@new.test";

describe("the plan's counts", () => {
  it("count a request still unanswered apart from no subscription, and a roster entry listed twice as skipped, so the report adds up", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "old-pw", [
      { jid: "romeo@x.test", name: "Romeo", groups: [], subscription: "both" },
      { jid: "Romeo@X.test", name: "Romeo M.", groups: [], subscription: "both" },
      { jid: "juliet@x.test", groups: [], subscription: "none", ask: true },
      { jid: "nurse@x.test", groups: [], subscription: "none" },
    ]);
    w.accounts.add(target, "new-pw");
    for (const m of ["move", target, "new-pw"]) await w.chat.handle(alice, m);
    const plan = (await w.chat.handle(alice, "old-pw")).join("\n");
    expect(plan).toMatch(/3 contacts will move \(1 mutual, 0 you follow, 0 follow you, 1 you asked to follow \(no answer yet\), 1 without subscription\)/);
    expect(plan).toMatch(/1 entry will not be moved:\n.*romeo@x\.test: already listed \(the same address as another entry, which is moved\)/);
    await w.chat.handle(alice, "yes");
    await w.chat.handle(alice, "no");
    expect(await w.untilNotice(/is done/)).toMatch(/Of 4 roster entries: 3 moved \(2 asked to accept the new address, 1 allowed to see you\), 0 failed, 1 skipped\./);
  });
});
