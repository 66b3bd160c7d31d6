import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../connection/account-session.ts";
import { normaliseJid } from "../../core/jid.ts";
import { conditionOf } from "../stanza-error.ts";
import { getItems, publishWithConfig } from "./pep.ts";
import { NS_MOVED } from "../namespaces.ts";


export function movedPayload(newJid: string): Element {
  return xml("moved", { xmlns: NS_MOVED }, xml("new-jid", {}, newJid));
}

/** The new JID in a `<moved/>` payload, or undefined when there is none or it is not a JID. */
export function newJidOf(payload: Element | undefined): string | undefined {
  if (!payload?.is("moved", NS_MOVED)) return undefined;
  const text = payload.getChildText("new-jid");
  return text === null ? undefined : normaliseJid(text);
}

/**
 * XEP-0283: the old account states where it moved, readable by its contacts
 * only (access model `presence`). A node left with another access model (e.g.
 * `open` from an earlier publish) refuses the publish-options; it is then
 * reconfigured, or deleted when the server will not reconfigure, since the
 * node holds nothing but this one item.
 */
export async function publishMovedStatement(old: AccountSession, newJid: string): Promise<void> {
  await publishWithConfig(old, NS_MOVED, { id: "current", payload: movedPayload(newJid) }, { access_model: "presence" }, true);
}

/**
 * What a contact does to verify a `<moved/>`: reads item `current` of the old
 * JID's statement. Undefined when there is no statement or the reader may not
 * see it (`forbidden` from Prosody; XEP-0060 servers may say `not-authorized`
 * with presence-subscription-required).
 */
export async function fetchMovedStatement(session: AccountSession, oldJid: string): Promise<string | undefined> {
  try {
    const [item] = await getItems(session, NS_MOVED, { owner: oldJid, ids: ["current"] });
    return newJidOf(item?.payload);
  } catch (err) {
    if (["forbidden", "not-authorized"].includes(conditionOf(err))) return undefined;
    throw err;
  }
}
