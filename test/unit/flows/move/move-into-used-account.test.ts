import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";

const alice = "alice@old.test";
const target = "alice@new.test";

describe("a move into an account that already has contacts", () => {
  it("keeps the names and groups the new account gave them, adding what the old one knew", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "old-pw", [
      { jid: "romeo@x.test", name: "Romeo", groups: ["Friends"], subscription: "both" },
      { jid: "nurse@x.test", name: "Nurse", groups: ["Family"], subscription: "both" },
    ]);
    w.accounts.add(target, "new-pw", [
      { jid: "romeo@x.test", name: "Romi", groups: ["Work"], subscription: "both" },
      { jid: "nurse@x.test", groups: [], subscription: "none" },
    ]);
    for (const text of ["move", target, "new-pw", "old-pw", "yes", "no"]) await w.chat.handle(alice, text);
    await w.untilNotice(/Your move to alice@new\.test is done/);
    const roster = w.accounts.get(target).roster;
    expect(roster.find((c) => c.jid === "romeo@x.test")).toMatchObject({ name: "Romi", groups: ["Work", "Friends"] });
    expect(roster.find((c) => c.jid === "nurse@x.test")).toMatchObject({ name: "Nurse", groups: ["Family"] });
  });
});
