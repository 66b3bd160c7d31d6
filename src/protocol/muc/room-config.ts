import { xml } from "@xmpp/client";
import type { AccountSession } from "../connection/account-session.ts";
import { NS_DATA, NS_MUC_OWNER } from "../namespaces.ts";
import type { RoomConfigField } from "../../core/room-config.ts";

export type { RoomConfigField };

const FORM_TYPE = "http://jabber.org/protocol/muc#roomconfig";

/** The room's configuration form, which only an owner may read. Rejects with the room's error (`forbidden`: not an owner). */
export async function readRoomConfig(session: AccountSession, room: string): Promise<RoomConfigField[]> {
  const result = await session.iq("get", xml("query", { xmlns: NS_MUC_OWNER }), room);
  const form = result.getChild("query", NS_MUC_OWNER)?.getChild("x", NS_DATA);
  return (form?.getChildren("field") ?? [])
    .filter((f) => f.attrs.var && f.attrs.var !== "FORM_TYPE")
    .map((f) => {
      const options = f.getChildren("option").map((o) => o.getChildText("value") ?? "");
      return { var: String(f.attrs.var), type: String(f.attrs.type ?? "text-single"), values: f.getChildren("value").map((v) => v.text()), ...(options.length > 0 ? { options } : {}) };
    });
}

/** Submits these values as the room's configuration (unlocking a room just created). Rejects with the room's error. */
export async function submitRoomConfig(session: AccountSession, room: string, values: Record<string, string[]>): Promise<void> {
  const fields = [["FORM_TYPE", [FORM_TYPE]] as const, ...Object.entries(values)].map(([name, vs]) => xml("field", { var: name }, ...vs.map((v) => xml("value", {}, v))));
  await session.iq("set", xml("query", { xmlns: NS_MUC_OWNER }, xml("x", { xmlns: NS_DATA, type: "submit" }, ...fields)), room);
}

/**
 * Destroys the room (XEP-0045 §10.9), naming the room that replaces it: every
 * occupant gets an unavailable presence with this `<destroy/>`, so clients
 * can follow to the alternate venue. Rejects with the room's error.
 */
export async function destroyRoom(session: AccountSession, room: string, venue: string, reason: string): Promise<void> {
  await session.iq("set", xml("query", { xmlns: NS_MUC_OWNER }, xml("destroy", { jid: venue }, xml("reason", {}, reason))), room);
}
