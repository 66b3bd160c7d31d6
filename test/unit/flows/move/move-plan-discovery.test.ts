import { describe, it, expect, vi, afterEach } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";
import { DISCOVERY_BUDGET_MS } from "../../../../src/protocol/account/gateway-discovery.ts";
import type { AccountSession } from "../../../../src/protocol/connection/account-session.ts";
import type { Contact } from "../../../../src/core/contact.ts";

const alice = "alice@old.test";
const target = "alice@new.test";

afterEach(() => vi.useRealTimers());

describe("the move plan's gateway check", () => {
  it("does not keep the plan waiting for many silent domains: it names the ones it could not check and still moves their contacts", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const w = unitWorld();
    // 200 contacts on 200 domains whose servers never answer disco.
    const roster: Contact[] = Array.from({ length: 200 }, (_, i) => ({ jid: `c${i}@d${i}.example`, groups: [], subscription: "both" }));
    w.accounts.add(alice, "old-pw", roster);
    w.accounts.add(target, "new-pw");
    const signIn = w.accounts.signIn;
    w.accounts.signIn = async (jid, password): Promise<AccountSession> => {
      const session = await signIn(jid, password);
      return { ...session, iq: (type, child, to) => (to?.endsWith(".example") ? new Promise(() => undefined) : session.iq(type, child, to)) };
    };
    w.restart();
    for (const m of ["move", target, "new-pw"]) await w.chat.handle(alice, m);
    const turn = w.chat.handle(alice, "old-pw");
    await vi.advanceTimersByTimeAsync(DISCOVERY_BUDGET_MS);
    const plan = (await turn).join("\n");
    expect(plan).toMatch(/200 contacts will move/);
    const unchecked = plan.match(/(\d+) domains not checked \(no time was left to ask whether they are gateways/);
    expect(unchecked).not.toBeNull();
    const count = Number(unchecked![1]);
    // Asked 32 at a time, each given 5 s: what was not asked in the plan's 15 s is listed, the first 25 by name, one a line, the rest counted.
    expect(count).toBeGreaterThan(100);
    expect(plan).toContain(`d${200 - count}.example`);
    expect(plan).toMatch(new RegExp(`\nd${200 - count + 24}\\.example\n…and ${count - 25} more\\.`));
    expect(plan).not.toContain(`d${200 - count + 25}.example`);
    expect(plan).toMatch(/Shall I start now\?/);
  });

  it("says nothing about unchecked domains when every domain answered", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "old-pw", [{ jid: "romeo@x.test", groups: [], subscription: "both" }]);
    w.accounts.add(target, "new-pw");
    for (const m of ["move", target, "new-pw"]) await w.chat.handle(alice, m);
    const plan = (await w.chat.handle(alice, "old-pw")).join("\n");
    expect(plan).toMatch(/1 contact will move/);
    expect(plan).not.toMatch(/not checked/);
  });
});
