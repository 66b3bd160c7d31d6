import { describe, it, expect, vi, afterEach } from "vitest";
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../../../../src/protocol/connection/account-session.ts";
import { findGateways, DISCOVERY_BUDGET_MS } from "../../../../src/protocol/account/gateway-discovery.ts";
import { Pacer } from "../../../../src/jobs/pacer.ts";

const NS_INFO = "http://jabber.org/protocol/disco#info";

/** An account whose server answers disco#info for other domains: `gateways` say category="gateway", `down` fail. */
function session(gateways: Set<string>, down: Set<string>, asked: string[]): AccountSession {
  return {
    jid: "alice@old.test",
    preApproval: true,
    iq: async (_type: "get" | "set", child: Element, to?: string) => {
      expect(child.attrs.xmlns).toBe(NS_INFO);
      asked.push(to!);
      if (down.has(to!)) throw Object.assign(new Error("remote-server-not-found"), { condition: "remote-server-not-found" });
      const identity = gateways.has(to!) ? { category: "gateway", type: "msn" } : { category: "server", type: "im" };
      return xml("iq", { type: "result", from: to }, xml("query", { xmlns: NS_INFO }, xml("identity", identity)));
    },
    send: async () => undefined,
    onStanza: () => undefined,
    close: async () => undefined,
  };
}

describe("gateway discovery", () => {
  it("checks every contact domain, also those after the 40th, each once", async () => {
    const domains = Array.from({ length: 120 }, (_, i) => `d${i}.example`);
    const asked: string[] = [];
    const found = await findGateways(session(new Set(["d3.example", "d45.example", "d119.example"]), new Set(["d7.example", "d80.example"]), asked), [
      ...domains,
      // Many contacts share a domain; it is asked once.
      ...domains.slice(0, 50),
    ]);
    expect([...found.gateways].sort()).toEqual(["d119.example", "d3.example", "d45.example"]);
    expect(found.unchecked).toEqual([]);
    expect(asked.sort()).toEqual([...domains].sort());
  });

  describe("paced, within the plan's time", () => {
    afterEach(() => vi.useRealTimers());

    it("spaces the disco requests by the server rate", async () => {
      vi.useFakeTimers();
      const domains = Array.from({ length: 40 }, (_, i) => `d${i}.example`);
      const askedAt: number[] = [];
      const s = session(new Set(), new Set(), []);
      const start = Date.now();
      const ask = s.iq;
      s.iq = (type, child, to) => (askedAt.push(Date.now() - start), ask(type, child, to));
      const pacer = new Pacer(10);
      const done = findGateways(s, domains, () => pacer.take());
      await vi.advanceTimersByTimeAsync(10_000);
      expect((await done).unchecked).toEqual([]);
      expect(askedAt).toHaveLength(40);
      // 40 requests at 10 a second: the last leaves after 3.9 s, none closer than 100 ms to the one before.
      expect(askedAt.at(-1)).toBe(3900);
      expect(askedAt.slice(1).every((t, i) => t - askedAt[i]! >= 100)).toBe(true);
    });

    it("stops asking when its time is up and names the domains it did not check", async () => {
      vi.useFakeTimers();
      const domains = Array.from({ length: 1000 }, (_, i) => `d${i}.example`);
      const asked: string[] = [];
      const pacer = new Pacer(20);
      let finished = false;
      const done = findGateways(session(new Set(["d5.example", "d900.example"]), new Set(), asked), domains, () => pacer.take()).then((r) => {
        finished = true;
        return r;
      });
      await vi.advanceTimersByTimeAsync(DISCOVERY_BUDGET_MS);
      // 1000 domains at 20 a second would take 50 s; the plan does not wait for that.
      expect(finished).toBe(true);
      const { gateways, unchecked } = await done;
      expect(asked.length).toBeLessThan(domains.length);
      expect(new Set([...asked, ...unchecked])).toEqual(new Set(domains));
      expect(unchecked).toContain("d900.example");
      expect([...gateways]).toEqual(["d5.example"]);
      // Nothing more is asked after the plan is shown.
      const count = asked.length;
      await vi.advanceTimersByTimeAsync(60_000);
      expect(asked.length).toBe(count);
    });
  });
});
