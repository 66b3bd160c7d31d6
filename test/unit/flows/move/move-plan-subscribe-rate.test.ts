import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";
import type { Contact } from "../../../../src/core/contact.ts";

const alice = "alice@old.test";
const target = "alice@new.test";
const roster: Contact[] = Array.from({ length: 12 }, (_, i) => ({ jid: `c${i}@x.test`, groups: [], subscription: "both" as const }));

/** The plan a user reads when their new server is `software` (undefined: it does not say), at FERRY_SUBSCRIBE_RATE=5/60s. */
async function planFor(software: string | undefined): Promise<string> {
  const w = unitWorld({ subscribeRate: { burst: 5, quietSeconds: 60 } });
  if (software) w.accounts.software.set("new.test", software);
  w.accounts.withoutPreApproval.add("new.test");
  w.accounts.add(alice, "old-pw", structuredClone(roster));
  w.accounts.add(target, "new-pw");
  for (const text of ["move", target, "new-pw"]) await w.chat.handle(alice, text);
  return (await w.chat.handle(alice, "old-pw")).join("\n");
}

describe("the plan tells how long a server's limit on requests makes the move", () => {
  it("ejabberd, or a server that does not say what it is: 12 requests in bursts of 5, about 3 minutes longer", async () => {
    for (const software of ["ejabberd", undefined]) {
      expect(await planFor(software), String(software)).toMatch(
        /Your new server accepts only 5 contact requests from one account, then none for 60 seconds\. I will send the 12 requests at that pace, so the move will take about 3 minutes longer\./,
      );
    }
  });

  it("Prosody, which has no such limit: not a word, and no wait", async () => {
    expect(await planFor("Prosody")).not.toMatch(/contact requests from one account/);
  });
});

describe("the plan tells how long the contacts' servers' limit on arriving requests makes the move", () => {
  /** The plan when the new server is Prosody and the contacts are on `domain`, served by ejabberd. */
  async function planWithContactsOn(domain: string): Promise<string> {
    const w = unitWorld({ subscribeRate: { burst: 5, quietSeconds: 60 } });
    w.accounts.software.set("new.test", "Prosody");
    w.accounts.software.set(domain, "ejabberd");
    w.accounts.withoutPreApproval.add("new.test");
    w.accounts.add(alice, "old-pw", roster.map((c, i) => ({ ...c, jid: `c${i}@${domain}` })));
    w.accounts.add(target, "new-pw");
    for (const text of ["move", target, "new-pw"]) await w.chat.handle(alice, text);
    return (await w.chat.handle(alice, "old-pw")).join("\n");
  }

  it("12 requests to contacts on one ejabberd server, from a Prosody new server: about 3 minutes longer", async () => {
    expect(await planWithContactsOn("x.test")).toMatch(
      /The server of some of your contacts \(ejabberd\) accepts only 5 contact requests from another server, then none for 60 seconds\. I will send the 12 requests to them at that pace, so the move will take about 3 minutes longer/,
    );
  });
});
