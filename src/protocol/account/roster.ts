import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../connection/account-session.ts";
import type { Contact, Subscription } from "../../core/contact.ts";
import { NS_MOVED, NS_NICK, NS_ROSTER } from "../namespaces.ts";

const SUBSCRIPTIONS = new Set(["none", "to", "from", "both"]);

/** A roster item as the server has it; `jid` is exactly as stored (it may not be a valid JID). */
export interface RosterItem extends Contact {}

function itemFromElement(el: Element): RosterItem {
  const sub = String(el.attrs.subscription ?? "none");
  const groups = [...new Set(el.getChildren("group").map((g) => g.text().trim()).filter(Boolean))];
  return {
    jid: String(el.attrs.jid ?? ""),
    ...(el.attrs.name ? { name: String(el.attrs.name) } : {}),
    groups,
    subscription: (SUBSCRIPTIONS.has(sub) ? sub : "none") as Subscription,
    ...(el.attrs.ask === "subscribe" ? { ask: true } : {}),
  };
}

export async function readRoster(session: AccountSession): Promise<RosterItem[]> {
  const result = await session.iq("get", xml("query", { xmlns: NS_ROSTER }));
  const query = result.getChild("query", NS_ROSTER);
  return (query?.getChildren("item") ?? []).filter((i) => i.attrs.subscription !== "remove").map(itemFromElement);
}

/** Adds or updates one roster item (name and groups); rejects with the server's StanzaError. */
export async function writeRosterItem(session: AccountSession, contact: Pick<Contact, "jid" | "name" | "groups">): Promise<void> {
  await session.iq(
    "set",
    xml(
      "query",
      { xmlns: NS_ROSTER },
      xml("item", { jid: contact.jid, ...(contact.name ? { name: contact.name } : {}) }, ...contact.groups.map((g) => xml("group", {}, g))),
    ),
  );
}

/** Whether an item on the target already matches what the source had (so it needs no write). */
export function sameRosterEntry(a: Pick<Contact, "name" | "groups">, b: Pick<Contact, "name" | "groups">): boolean {
  const ga = [...a.groups].sort();
  const gb = [...b.groups].sort();
  return (a.name ?? "") === (b.name ?? "") && ga.length === gb.length && ga.every((g, i) => g === gb[i]);
}

/** What a subscription request carries besides itself: XEP-0283 `<moved/>` for a move, a XEP-0172 `<nick/>` for an import. */
export interface RequestNote {
  /** The old address of a user who moved. */
  movedFrom?: string;
  /** The user's nickname, so the contact knows who asks. */
  nick?: string;
}

/** Asks `jid` to share presence with the account (RFC 6121 3.1), with the note's children. */
export async function askSubscription(session: AccountSession, jid: string, note: RequestNote): Promise<void> {
  const children = [
    ...(note.movedFrom ? [xml("moved", { xmlns: NS_MOVED }, xml("old-jid", {}, note.movedFrom))] : []),
    ...(note.nick ? [xml("nick", { xmlns: NS_NICK }, note.nick)] : []),
  ];
  await session.send(xml("presence", { type: "subscribe", to: jid }, ...children));
}

/** Approves `jid`'s subscription in advance (RFC 6121 3.4), so its request is granted with no one signed in. */
export async function preApprove(session: AccountSession, jid: string): Promise<void> {
  await session.send(xml("presence", { type: "subscribed", to: jid }));
}
