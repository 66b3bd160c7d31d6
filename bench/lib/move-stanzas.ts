/**
 * What a move sends, as the benchmarks' baseline sends it: the generated roster
 * every move benchmark moves, and a minimal script sending a planned move's
 * stanzas on raw connections, every one without waiting for any answer.
 */
import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { Contact, Subscription } from "../../src/core/contact.ts";
import type { PlannedContact } from "../../src/core/migration-plan.ts";
import { NS_MOVED } from "../../src/protocol/namespaces.ts";
import { ferryClient } from "../../src/protocol/connection/ferry-client.ts";

const SUBS: Subscription[] = ["both", "to", "from", "none"];
/** Answers to pipelined stanzas queue behind every earlier one: Prosody's cost per roster set grows with the roster. */
const LONG = 600_000;

/** A roster as years of use leave it: both/to/from/none in turn, names, one or two groups; contacts on `domain`. */
export function generatedRoster(n: number, domain = "far.test"): Contact[] {
  return Array.from({ length: n }, (_, i) => ({
    jid: `contact${i}@${domain}`,
    name: `Contact ${i}`,
    groups: i % 5 === 0 ? [`Group ${i % 20}`, "Family"] : [`Group ${i % 20}`],
    subscription: SUBS[i % 4]!,
  }));
}

/** A plain client as a script would use it (Ferry's TCP settings, no stream management), acknowledging roster pushes as Ferry's sessions do. */
export function rawClient(service: string, jid: string, password: string): Client {
  const at = jid.indexOf("@");
  const xmpp = ferryClient({ service, domain: jid.slice(at + 1), username: jid.slice(0, at), password, resource: "baseline" });
  xmpp.reconnect.stop();
  xmpp.on("error", () => undefined);
  // Hundreds of sign-ins at once on a busy machine outlast xmpp.js's 2 s per step; a script would wait.
  xmpp.timeout = 30_000;
  xmpp.iqCallee.set("jabber:iq:roster", "query", () => true);
  return xmpp;
}

/**
 * Sends a move's stanzas: the target's roster read, a roster set per contact,
 * the subscription request (with <moved/>) and pre-approval the plan asks for,
 * the XEP-0283 statement on the old account; then waits for every answer and
 * a ping on the target (the server has handled everything). Returns how many
 * stanzas it sent, the ping not counted.
 */
export async function sendMoveStanzas(old: Client, target: Client, oldJid: string, targetJid: string, contacts: PlannedContact[]): Promise<number> {
  let stanzas = 0;
  const answers: Promise<Element>[] = [];
  const sends: Promise<void>[] = [];
  const iq = (client: Client, type: "get" | "set", child: Element) => {
    stanzas += 1;
    answers.push(client.iqCaller.request(xml("iq", { type }, child), LONG));
  };
  const send = (stanza: Element) => {
    stanzas += 1;
    sends.push(target.send(stanza));
  };
  iq(target, "get", xml("query", { xmlns: "jabber:iq:roster" }));
  for (const c of contacts) {
    iq(target, "set", xml("query", { xmlns: "jabber:iq:roster" }, xml("item", { jid: c.jid, ...(c.name ? { name: c.name } : {}) }, ...c.groups.map((g) => xml("group", {}, g)))));
    if (c.subscribe) send(xml("presence", { type: "subscribe", to: c.jid }, xml("moved", { xmlns: NS_MOVED }, xml("old-jid", {}, oldJid))));
    if (c.preApprove) send(xml("presence", { type: "subscribed", to: c.jid }));
  }
  iq(
    old,
    "set",
    xml(
      "pubsub",
      { xmlns: "http://jabber.org/protocol/pubsub" },
      xml("publish", { node: NS_MOVED }, xml("item", { id: "current" }, xml("moved", { xmlns: NS_MOVED }, xml("new-jid", {}, targetJid)))),
      xml(
        "publish-options",
        {},
        xml(
          "x",
          { xmlns: "jabber:x:data", type: "submit" },
          xml("field", { var: "FORM_TYPE", type: "hidden" }, xml("value", {}, "http://jabber.org/protocol/pubsub#publish-options")),
          xml("field", { var: "pubsub#access_model" }, xml("value", {}, "presence")),
        ),
      ),
    ),
  );
  await Promise.all(sends);
  await Promise.all(answers);
  await target.iqCaller.get(xml("ping", { xmlns: "urn:xmpp:ping" }), target.jid?.domain, LONG);
  return stanzas;
}

/** Roster items on an account, read on a raw client (iqCaller answers with the <query/> itself). */
export async function rosterSize(client: Client): Promise<number> {
  return (await client.iqCaller.get(xml("query", { xmlns: "jabber:iq:roster" }), undefined, LONG)).getChildren("item").length;
}
