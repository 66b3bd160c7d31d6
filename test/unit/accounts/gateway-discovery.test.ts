import { describe, it, expect } from "vitest";
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../../../src/accounts/account-session.ts";
import { findGateways } from "../../../src/accounts/gateway-discovery.ts";

const NS_INFO = "http://jabber.org/protocol/disco#info";

/** An account whose server answers disco#info for other domains: `gateways` say category="gateway", `down` fail. */
function session(gateways: Set<string>, down: Set<string>, asked: string[]): AccountSession {
  return {
    jid: "alice@old.test",
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
    expect([...found].sort()).toEqual(["d119.example", "d3.example", "d45.example"]);
    expect(asked.sort()).toEqual([...domains].sort());
  });
});
