import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../connection/account-session.ts";
import { NS_INFO, NS_MUC, NS_MUC_USER } from "../namespaces.ts";
import { messageBounce } from "../message-bounce.ts";
import { bareOf } from "../../core/jid.ts";

const JOIN_TIMEOUT_MS = 10_000;
let counter = 0;
const nextId = (kind: string) => `ferry-room-${kind}.${Date.now().toString(36)}.${++counter}`;

/**
 * Sends a message to a room and says whether the room bounced it: the room
 * handles one sender's stanzas in order, so once a disco#info asked after the
 * message is answered, its bounce (if any) has arrived. Resolves with the
 * error condition, or undefined when it went through.
 */
async function sendToRoom(session: AccountSession, room: string, message: Element): Promise<string | undefined> {
  const id = String(message.attrs.id);
  let condition: string | undefined;
  let listening = true;
  session.onStanza((stanza) => {
    const bounce = listening ? messageBounce(stanza, id) : undefined;
    if (bounce && bounce.ref === "") condition = bounce.condition;
  });
  try {
    await session.send(message);
    await session.iq("get", xml("query", { xmlns: NS_INFO }), room).catch(() => undefined);
    return condition;
  } finally {
    listening = false;
  }
}

/**
 * A mediated invitation (XEP-0045 §7.8.2) through the room, which a
 * members-only room that lets members invite turns into membership. No
 * joining needed: the room checks the inviter's affiliation.
 */
export function inviteToRoom(session: AccountSession, room: string, invitee: string, reason: string): Promise<string | undefined> {
  const invite = xml("message", { to: room, id: nextId("invite") }, xml("x", { xmlns: NS_MUC_USER }, xml("invite", { to: invitee }, xml("reason", {}, reason))));
  return sendToRoom(session, room, invite);
}

/**
 * Joins the room as `nick` (no history), says `body` once, and leaves: the
 * only way to speak in a room, so only for rooms the user bookmarked and
 * asked for. Resolves with the error condition of the join or the message,
 * or undefined when it was said.
 */
export async function sayInRoom(session: AccountSession, room: string, nick: string, body: string): Promise<string | undefined> {
  const occupant = `${room}/${nick}`;
  let settle: (condition: string | undefined) => void = () => undefined;
  const joined = new Promise<string | undefined>((resolve) => (settle = resolve));
  let listening = true;
  session.onStanza((stanza) => {
    if (!listening || !stanza.is("presence") || bareOf(String(stanza.attrs.from ?? "")).toLowerCase() !== room) return;
    if (stanza.attrs.type === "error") {
      settle(stanza.getChild("error")?.children.find((c): c is Element => typeof c !== "string" && c.name !== "text")?.name ?? "error");
    } else if (stanza.getChild("x", NS_MUC_USER)?.getChildren("status").some((s) => s.attrs.code === "110")) {
      settle(undefined);
    }
  });
  const timer = setTimeout(() => settle("remote-server-timeout"), JOIN_TIMEOUT_MS);
  try {
    await session.send(xml("presence", { to: occupant }, xml("x", { xmlns: NS_MUC }, xml("history", { maxstanzas: "0" }))));
    const refused = await joined;
    if (refused) return refused;
    return await sendToRoom(session, room, xml("message", { to: room, type: "groupchat", id: nextId("notice") }, xml("body", {}, body)));
  } finally {
    clearTimeout(timer);
    listening = false;
    await session.send(xml("presence", { to: occupant, type: "unavailable" })).catch(() => undefined);
  }
}
