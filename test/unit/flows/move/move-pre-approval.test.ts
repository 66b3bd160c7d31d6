import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";
import type { Contact } from "../../../../src/core/contact.ts";

const alice = "alice@old.test";
const target = "alice@new.test";

const roster: Contact[] = [
  { jid: "romeo@x.test", groups: [], subscription: "both" },
  { jid: "nurse@x.test", groups: [], subscription: "to" },
  { jid: "tybalt@x.test", groups: [], subscription: "from" },
];

/** A whole move in chat; the plan and the report as the user reads them, and what the new account sent. */
async function move(preApproval: boolean) {
  const w = unitWorld();
  if (!preApproval) w.accounts.withoutPreApproval.add("new.test");
  w.accounts.add(alice, "old-pw", structuredClone(roster));
  w.accounts.add(target, "new-pw");
  for (const text of ["move", target, "new-pw"]) await w.chat.handle(alice, text);
  const plan = (await w.chat.handle(alice, "old-pw")).join("\n");
  for (const text of ["yes", "no"]) await w.chat.handle(alice, text);
  const report = await w.untilNotice(/Your move to alice@new\.test is done/);
  const sent = w.accounts.get(target).sent.map((s) => `${s.attrs.type}:${s.attrs.to}`).sort();
  return { plan, report, sent };
}

describe("pre-approval (RFC 6121 3.4) only where the new server advertises it", () => {
  it("a server with it: contacts who could see you are pre-approved and counted, and nothing is said about it", async () => {
    const { plan, report, sent } = await move(true);
    expect(sent).toEqual(["subscribe:nurse@x.test", "subscribe:romeo@x.test", "subscribed:romeo@x.test", "subscribed:tybalt@x.test"]);
    expect(report).toMatch(/3 moved \(2 asked to accept the new address, 2 allowed to see you\)/);
    expect(plan).not.toMatch(/in advance/);
    expect(report).not.toMatch(/in advance/);
  });

  it("a server without it (ejabberd 23.01): no advance `subscribed`, the plan warns, the report counts none and says who must be accepted", async () => {
    const { plan, report, sent } = await move(false);
    expect(sent).toEqual(["subscribe:nurse@x.test", "subscribe:romeo@x.test"]);
    expect(plan).toMatch(/Your new server cannot let contacts see you in advance \(it has no pre-approval\)\. 2 contacts who can see you now will have to ask again/);
    expect(report).toMatch(/3 moved \(2 asked to accept the new address, 0 allowed to see you\)/);
    expect(report).toMatch(/2 contacts who could see you could not be let in in advance: your new server has no pre-approval/);
  });
});
