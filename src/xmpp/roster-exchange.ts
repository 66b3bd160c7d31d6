import { xml, type Client } from "@xmpp/client";
import type { Contact } from "../core/contact.ts";

const NS_ROSTERX = "http://jabber.org/protocol/rosterx";
/** Items per message: clients show one dialog per message; keep each one reviewable. */
const CHUNK = 200;

/** XEP-0144: suggests contacts to the user's client (Gajim, Psi), which asks its user about each. */
export async function suggestContacts(xmpp: Client, user: string, contacts: Contact[], body: string): Promise<void> {
  for (let i = 0; i < contacts.length; i += CHUNK) {
    const items = contacts.slice(i, i + CHUNK).map((c) =>
      xml("item", { action: "add", jid: c.jid, ...(c.name ? { name: c.name } : {}) }, ...c.groups.map((g) => xml("group", {}, g))),
    );
    await xmpp.send(xml("message", { to: user, type: "chat" }, xml("body", {}, body), xml("x", { xmlns: NS_ROSTERX }, ...items)));
  }
}
