import { describe, it, expect } from "vitest";
import { EventEmitter } from "node:events";
import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { rosterExchange } from "../../../../src/protocol/bot/roster-exchange.ts";
import type { Contact } from "../../../../src/core/contact.ts";

const NS_INFO = "http://jabber.org/protocol/disco#info";
const NS_ROSTERX = "http://jabber.org/protocol/rosterx";
const NS_COMMANDS = "http://jabber.org/protocol/commands";
const alice = "alice@old.test";

/** The bot's connection: stanzas come in through `receive`; disco requests are answered by `disco` (or rejected with it). */
function botConnection(disco: (to: string) => Element | Error = () => new Error("service-unavailable")) {
  const sent: Element[] = [];
  const asked: string[] = [];
  const client = Object.assign(new EventEmitter(), {
    async send(stanza: Element) {
      sent.push(stanza);
    },
    iqCaller: {
      async request(iq: Element): Promise<Element> {
        expect(iq.attrs.type).toBe("get");
        expect(iq.getChild("query", NS_INFO)).toBeDefined();
        asked.push(iq.attrs.to);
        const answer = disco(iq.attrs.to);
        if (answer instanceof Error) throw answer;
        return answer;
      },
    },
  });
  return { exchange: rosterExchange(client as unknown as Client), receive: (s: Element) => client.emit("stanza", s), sent, asked };
}

const discoResult = (...features: string[]) => xml("iq", { type: "result" }, xml("query", { xmlns: NS_INFO }, ...features.map((f) => xml("feature", { var: f }))));
const chat = (from: string, body = "import") => xml("message", { from, type: "chat" }, xml("body", {}, body));

describe("XEP-0144 roster item exchange", () => {
  it("asks the disco of the client the user writes from, and takes suggestions only when it announces rosterx", async () => {
    const gajim = botConnection((to) => (to === `${alice}/gajim` ? discoResult(NS_INFO, NS_ROSTERX) : discoResult(NS_INFO)));
    gajim.receive(chat(`${alice}/phone`));
    gajim.receive(chat(`${alice}/gajim`));
    expect(await gajim.exchange.accepts(alice)).toBe(true);
    expect(gajim.asked).toEqual([`${alice}/gajim`]);

    // The user goes on from a client without XEP-0144 (a presence from Gajim does not count as writing).
    gajim.receive(chat(`${alice}/phone`));
    gajim.receive(xml("presence", { from: `${alice}/gajim` }));
    expect(await gajim.exchange.accepts(alice)).toBe(false);
  });

  it("counts an ad-hoc command as writing from that client", async () => {
    const psi = botConnection(() => discoResult(NS_ROSTERX));
    psi.receive(xml("iq", { from: `${alice}/psi`, type: "set", id: "1" }, xml("command", { xmlns: NS_COMMANDS, node: "import", action: "execute" })));
    expect(await psi.exchange.accepts(alice)).toBe(true);
    expect(psi.asked).toEqual([`${alice}/psi`]);
  });

  it("does not offer suggestions to a client that does not answer disco, or when no client of the user has written", async () => {
    const silent = botConnection();
    expect(await silent.exchange.accepts(alice)).toBe(false);
    expect(silent.asked).toEqual([]);
    silent.receive(chat(`${alice}/old-client`));
    silent.receive(xml("message", { from: `bob@old.test/x`, type: "error" }, xml("body", {}, "bounced")));
    expect(await silent.exchange.accepts(alice)).toBe(false);
    expect(await silent.exchange.accepts("bob@old.test")).toBe(false);
    expect(silent.asked).toEqual([`${alice}/old-client`]);
  });

  it("suggests to that client: one message per 200 contacts, each item with action, JID, name and groups", async () => {
    const gajim = botConnection(() => discoResult(NS_ROSTERX));
    gajim.receive(chat(`${alice}/gajim`));
    const contacts: Contact[] = Array.from({ length: 450 }, (_, i) => ({ jid: `friend${i}@x.test`, groups: i === 0 ? ["Work", "Chess club"] : [], ...(i % 2 === 0 ? { name: `Friend ${i}` } : {}) }));
    await gajim.exchange.suggest(alice, contacts, "Contacts from your import (450)");

    expect(gajim.sent.map((m) => [m.name, m.attrs.to, m.attrs.type, m.getChildText("body"), m.getChild("x", NS_ROSTERX)?.getChildren("item").length])).toEqual([
      ["message", `${alice}/gajim`, "chat", "Contacts from your import (450)", 200],
      ["message", `${alice}/gajim`, "chat", "Contacts from your import (450)", 200],
      ["message", `${alice}/gajim`, "chat", "Contacts from your import (450)", 50],
    ]);
    const items = gajim.sent.flatMap((m) => m.getChild("x", NS_ROSTERX)!.getChildren("item"));
    expect(items.map((i) => i.attrs.jid)).toEqual(contacts.map((c) => c.jid));
    expect(items[0]!.toString()).toBe(`<item action="add" jid="friend0@x.test" name="Friend 0"><group>Work</group><group>Chess club</group></item>`);
    expect(items[1]!.toString()).toBe(`<item action="add" jid="friend1@x.test"/>`);
  });
});
