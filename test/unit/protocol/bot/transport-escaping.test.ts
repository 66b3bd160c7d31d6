import { describe, it, expect } from "vitest";
import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { transportEscaping } from "../../../../src/protocol/bot/transport-escaping.ts";

const NS_INFO = "http://jabber.org/protocol/disco#info";

/** A connection whose only use is one disco#info request, answered by `answer` (or rejected with it). */
function askingGateway(answer: (request: Element) => Element | Error) {
  const asked: Element[] = [];
  const client = {
    iqCaller: {
      async request(request: Element): Promise<Element> {
        asked.push(request);
        const a = answer(request);
        if (a instanceof Error) throw a;
        return a;
      },
    },
  } as unknown as Client;
  return { client, asked };
}

const infoResult = (...features: string[]) =>
  xml("iq", { type: "result" }, xml("query", { xmlns: NS_INFO }, xml("identity", { category: "gateway", type: "msn" }), ...features.map((f) => xml("feature", { var: f }))));

describe("transportEscaping (which way a gateway writes legacy addresses)", () => {
  it("uses XEP-0106 when the gateway announces jid\\20escaping, asking that gateway's disco#info", async () => {
    const { client, asked } = askingGateway(() => infoResult(NS_INFO, "jabber:iq:gateway", "jid\\20escaping"));
    expect(await transportEscaping(client, "msn.example.org")).toBe("xep0106");
    expect(asked.map((r) => [r.attrs.type, r.attrs.to, r.getChild("query")?.attrs.xmlns])).toEqual([["get", "msn.example.org", NS_INFO]]);
  });

  it("uses user%domain when the feature is not announced", async () => {
    const { client } = askingGateway(() => infoResult(NS_INFO, "jabber:iq:gateway"));
    expect(await transportEscaping(client, "msn.example.org")).toBe("percent");
  });

  it("uses user%domain when the gateway answers with an error or not at all", async () => {
    const failing = askingGateway(() => Object.assign(new Error("service-unavailable"), { condition: "service-unavailable" }));
    expect(await transportEscaping(failing.client, "msn.example.org")).toBe("percent");
  });
});
