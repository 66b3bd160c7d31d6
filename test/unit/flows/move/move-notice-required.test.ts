import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";
import type { Contact } from "../../../../src/core/contact.ts";

const alice = "alice@old.test";
const target = "alice@new.test";

const roster: Contact[] = [
  { jid: "romeo@ejabberd.test", groups: [], subscription: "both" },
  { jid: "nurse@ejabberd.test", groups: [], subscription: "from" },
  { jid: "tybalt@prosody.test", groups: [], subscription: "both" },
  { jid: "friar@silent.test", groups: [], subscription: "to" },
  { jid: "paris@old.test", groups: [], subscription: "to" },
];

/** A move where the contacts' servers say what they run; the user answers `notify` with `notifyAnswer`. */
async function move(notifyAnswer: "yes" | "no", oldServer?: string) {
  const w = unitWorld();
  w.accounts.software.set("ejabberd.test", "ejabberd");
  w.accounts.software.set("prosody.test", "Prosody");
  if (oldServer) w.accounts.software.set("old.test", oldServer);
  w.accounts.add(alice, "old-pw", structuredClone(roster));
  w.accounts.add(target, "new-pw");
  for (const text of ["move", target, "new-pw"]) await w.chat.handle(alice, text);
  const plan = (await w.chat.handle(alice, "old-pw")).join("\n");
  for (const text of ["yes", notifyAnswer]) await w.chat.handle(alice, text);
  const report = await w.untilNotice(/Your move to alice@new\.test is done/);
  const notices = w.accounts.get(alice).sent.filter((s) => s.is("message")).map((s) => String(s.attrs.to)).sort();
  return { plan, report, notices };
}

describe("contacts whose server strips <moved/> from a stored request (ejabberd issue 4295)", () => {
  it("get the chat notice even when the user declines notices for everyone, and the plan says so first", async () => {
    const { plan, report, notices } = await move("no");
    expect(plan).toMatch(/1 contact is on ejabberd servers, which may drop the move notice from a request that waits for someone offline/);
    // Romeo gets a request; the nurse gets none (she only followed Alice), so the bug cannot touch her.
    expect(notices).toEqual(["romeo@ejabberd.test"]);
    expect(report).toMatch(/I sent 1 contact a chat message with your new address/);
  });

  it("contacts on the old account's own server count when that server is ejabberd", async () => {
    const { notices } = await move("no", "ejabberd");
    expect(notices).toEqual(["paris@old.test", "romeo@ejabberd.test"]);
  });

  it("with notices for everyone, each contact gets exactly one", async () => {
    const { notices } = await move("yes");
    expect(notices).toEqual(["friar@silent.test", "nurse@ejabberd.test", "paris@old.test", "romeo@ejabberd.test", "tybalt@prosody.test"]);
  });

  it("no contact on such a server: no notice, and no word about it", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "old-pw", [{ jid: "tybalt@x.test", groups: [], subscription: "both" }]);
    w.accounts.add(target, "new-pw");
    for (const text of ["move", target, "new-pw"]) await w.chat.handle(alice, text);
    const plan = (await w.chat.handle(alice, "old-pw")).join("\n");
    for (const text of ["yes", "no"]) await w.chat.handle(alice, text);
    const report = await w.untilNotice(/Your move to alice@new\.test is done/);
    expect(plan).not.toMatch(/ejabberd/);
    expect(report).not.toMatch(/chat message/);
    expect(w.accounts.get(alice).sent.filter((s) => s.is("message"))).toEqual([]);
  });
});
