import { xml } from "@xmpp/client";
import type { AccountSession } from "../connection/account-session.ts";
import { NS_MUC_ADMIN } from "../namespaces.ts";
import { bareOf } from "../../core/jid.ts";

export type Affiliation = "owner" | "admin" | "member";
/** Every affiliation a room keeps a list of: the banned (`outcast`) too (XEP-0045 §9.1). */
export type ListAffiliation = Affiliation | "outcast";

/**
 * The bare addresses with `affiliation` in the room (XEP-0045 §9.5 member list,
 * §10.5 owner and admin lists, §9.2 ban list): a read the room's occupants do not see.
 * Rejects with the room's error, `forbidden` when the account may not read it.
 */
export async function readAffiliationList(session: AccountSession, room: string, affiliation: ListAffiliation): Promise<string[]> {
  const result = await session.iq("get", xml("query", { xmlns: NS_MUC_ADMIN }, xml("item", { affiliation })), room);
  return (result.getChild("query", NS_MUC_ADMIN)?.getChildren("item") ?? [])
    .map((i) => bareOf(String(i.attrs.jid ?? "")).toLowerCase())
    .filter((jid) => jid !== "");
}

/**
 * Gives `jid` the affiliation (XEP-0045 §9.3, §10.3, §10.6): one item per request,
 * since some servers (Prosody 0.12) apply only the first. Rejects with the room's error.
 */
export async function setAffiliation(session: AccountSession, room: string, jid: string, affiliation: ListAffiliation, reason: string): Promise<void> {
  await session.iq("set", xml("query", { xmlns: NS_MUC_ADMIN }, xml("item", { affiliation, jid }, xml("reason", {}, reason))), room);
}
