import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";
import type { Contact } from "../../../../src/core/contact.ts";

const alice = "alice@old.test";
const target = "alice@new.test";
const other = "alice@other.test";

const roster = (): Contact[] => [
  { jid: "romeo@x.test", groups: [], subscription: "both" },
  { jid: "nurse@x.test", groups: [], subscription: "to" },
];

function world() {
  const w = unitWorld();
  w.accounts.add(alice, "old-pw", roster());
  w.accounts.add(target, "new-pw");
  w.accounts.add(other, "other-pw");
  return w;
}

/** A second plan, to another address, which the user turns down. */
async function declineNewPlan(w: ReturnType<typeof world>) {
  for (const m of ["move", other, "other-pw"]) await w.chat.handle(alice, m);
  expect((await w.chat.handle(alice, "old-pw")).join("\n")).toMatch(/plan for moving to alice@other\.test/);
  await w.chat.handle(alice, "no");
  // The notice question comes with the confirm step; the answer to it is not used.
  expect(await w.chat.handle(alice, "no")).toEqual([expect.stringMatching(/^OK, I changed nothing/)]);
}

describe("a new plan the user declines", () => {
  it("after a finished move: status still shows that move", async () => {
    const w = world();
    for (const m of ["move", target, "new-pw", "old-pw", "yes", "no"]) await w.chat.handle(alice, m);
    await w.untilNotice(/is done/);
    await declineNewPlan(w);
    expect((await w.chat.handle(alice, "status"))[0]).toMatch(/^Move to alice@new\.test: done\. 2 of 2 entries moved/);
  });

  it("after an interrupted move: resume still continues that move", async () => {
    const w = world();
    for (const m of ["move", target, "new-pw", "old-pw", "yes"]) await w.chat.handle(alice, m);
    // The connection drops after the roster read and one roster item.
    w.accounts.dropAfter.set(target, 2);
    await w.chat.handle(alice, "no");
    await w.untilNotice(/interrupted/);
    await declineNewPlan(w);
    expect((await w.chat.handle(alice, "resume"))[0]).toMatch(/^Your move to alice@new\.test was interrupted/);
    await w.chat.handle(alice, "new-pw");
    expect(await w.chat.handle(alice, "old-pw")).toEqual([expect.stringMatching(/^Moving to alice@new\.test now/)]);
    expect(await w.untilNotice(/is done/)).toMatch(/Of 2 roster entries: 2 moved/);
    expect(w.accounts.get(target).roster.map((c) => c.jid).sort()).toEqual(["nurse@x.test", "romeo@x.test"]);
    expect(w.accounts.get(other).roster).toEqual([]);
  });
});
