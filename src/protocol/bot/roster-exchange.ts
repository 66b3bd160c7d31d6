import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { Contact } from "../../core/contact.ts";
import { bareOf } from "../../core/jid.ts";
import { NS_COMMANDS, NS_INFO } from "../namespaces.ts";

const NS_ROSTERX = "http://jabber.org/protocol/rosterx";
/** Items per message: clients show one dialog per message; keep each one reviewable. */
const CHUNK = 200;
/** Users whose client address is remembered; beyond this the one heard from longest ago is forgotten. */
const REMEMBERED_USERS = 10_000;
/** A client that does not answer disco in this time is treated as one without XEP-0144. */
const DISCO_TIMEOUT_MS = 5_000;

/** XEP-0144 messages suggesting `contacts`, at most CHUNK items each. */
function suggestionMessages(to: string, contacts: readonly Contact[], body: string): Element[] {
  const messages: Element[] = [];
  for (let i = 0; i < contacts.length; i += CHUNK) {
    const items = contacts.slice(i, i + CHUNK).map((c) =>
      xml("item", { action: "add", jid: c.jid, ...(c.name ? { name: c.name } : {}) }, ...c.groups.map((g) => xml("group", {}, g))),
    );
    messages.push(xml("message", { to, type: "chat" }, xml("body", {}, body), xml("x", { xmlns: NS_ROSTERX }, ...items)));
  }
  return messages;
}

/** A chat message or an ad-hoc command: what a user sends from the client they talk to Ferry with. */
function isUserWriting(stanza: Element): boolean {
  const type = stanza.attrs.type ?? "normal";
  if (stanza.is("message")) return (type === "chat" || type === "normal") && stanza.getChild("body") !== undefined;
  return stanza.is("iq") && type === "set" && stanza.getChild("command", NS_COMMANDS) !== undefined;
}

/**
 * XEP-0144 toward the client a user talks to Ferry from (Gajim, Psi), which asks its user
 * about each suggested contact. Only that client's disco says whether it understands the
 * suggestions, so Ferry remembers which address each user last wrote from (a chat message
 * or an ad-hoc command), and suggests to that address.
 */
export function rosterExchange(xmpp: Client) {
  const writingFrom = new Map<string, string>();

  xmpp.on("stanza", (stanza: Element) => {
    const from = String(stanza.attrs.from ?? "");
    const user = bareOf(from);
    if (from === user || !user.includes("@") || !isUserWriting(stanza)) return;
    // Re-inserted, so the map's order is who was heard from longest ago.
    writingFrom.delete(user);
    writingFrom.set(user, from);
    if (writingFrom.size > REMEMBERED_USERS) writingFrom.delete(writingFrom.keys().next().value!);
  });

  return {
    /** Whether the client `user` writes from announces XEP-0144; false when Ferry has not heard from a client of theirs. */
    async accepts(user: string): Promise<boolean> {
      const client = writingFrom.get(user);
      if (client === undefined) return false;
      try {
        const info: Element = await xmpp.iqCaller.request(xml("iq", { type: "get", to: client }, xml("query", { xmlns: NS_INFO })), DISCO_TIMEOUT_MS);
        return (info.getChild("query", NS_INFO)?.getChildren("feature") ?? []).some((f) => f.attrs.var === NS_ROSTERX);
      } catch {
        return false;
      }
    },
    /** Sends the suggestions to the client `user` writes from (to their bare JID if Ferry has not heard from one). */
    async suggest(user: string, contacts: readonly Contact[], body: string): Promise<void> {
      for (const message of suggestionMessages(writingFrom.get(user) ?? user, contacts, body)) await xmpp.send(message);
    },
  };
}
