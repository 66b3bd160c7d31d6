import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../connection/account-session.ts";
import { NS_INFO, NS_MUC, NS_MUC_USER } from "../namespaces.ts";
import { messageBounce } from "../message-bounce.ts";
import { bareOf } from "../../core/jid.ts";
import { stanzaCondition } from "../stanza-error.ts";

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
 * members-only room that lets members invite turns into membership. Prosody
 * takes it from a non-occupant (it checks the inviter's affiliation); ejabberd
 * answers a non-occupant `not-acceptable` (only occupants may send to the room),
 * so then the account enters as `nick`, invites, and leaves. The bounced first
 * attempt reached nobody, so the invitee gets one invitation either way.
 */
export async function inviteToRoom(session: AccountSession, room: string, invitee: string, reason: string, nick: string): Promise<string | undefined> {
  const invite = () => xml("message", { to: room, id: nextId("invite") }, xml("x", { xmlns: NS_MUC_USER }, xml("invite", { to: invitee }, xml("reason", {}, reason))));
  const refused = await sendToRoom(session, room, invite());
  if (refused !== "not-acceptable") return refused;
  try {
    const entered = await enterRoom(session, room, nick);
    if ("refused" in entered) return entered.refused;
    return await sendToRoom(session, room, invite());
  } finally {
    await leaveRoom(session, room, nick);
  }
}

/** What the room tells an account that entered it. */
export interface Entered {
  /** The room did not exist: entering created it, locked until its owner submits a configuration (XEP-0045 §10.1). */
  created: boolean;
  /** The subject the room sent on entry (empty: none set). */
  subject: string;
}

/**
 * Enters the room as `nick` without history (creating it when it does not
 * exist, where the service allows it) and waits for the self-presence and the
 * subject, which the room sends before it answers a later disco#info. Resolves
 * with the join's error condition (`not-allowed`: no room creation here,
 * `conflict`: the nickname is taken) or with what the room said.
 */
export async function enterRoom(session: AccountSession, room: string, nick: string, password?: string): Promise<Entered | { refused: string }> {
  const occupant = `${room}/${nick}`;
  let settle: (result: Entered | { refused: string }) => void = () => undefined;
  const joined = new Promise<Entered | { refused: string }>((resolve) => (settle = resolve));
  let subject = "";
  let listening = true;
  session.onStanza((stanza) => {
    if (!listening || bareOf(String(stanza.attrs.from ?? "")).toLowerCase() !== room) return;
    if (stanza.is("message") && stanza.attrs.type === "groupchat" && stanza.getChild("subject") && !stanza.getChild("body")) {
      subject = stanza.getChildText("subject") ?? "";
      return;
    }
    if (!stanza.is("presence")) return;
    if (stanza.attrs.type === "error") {
      settle({ refused: stanzaCondition(stanza) });
      return;
    }
    const codes = stanza.getChild("x", NS_MUC_USER)?.getChildren("status").map((s) => String(s.attrs.code)) ?? [];
    if (codes.includes("110")) settle({ created: codes.includes("201"), subject });
  });
  const timer = setTimeout(() => settle({ refused: "remote-server-timeout" }), JOIN_TIMEOUT_MS);
  try {
    const x = xml("x", { xmlns: NS_MUC }, xml("history", { maxstanzas: "0" }), ...(password ? [xml("password", {}, password)] : []));
    await session.send(xml("presence", { to: occupant }, x));
    const result = await joined;
    if ("refused" in result) return result;
    // The subject follows the self-presence; once a later request is answered, it has arrived.
    await session.iq("get", xml("query", { xmlns: NS_INFO }), room).catch(() => undefined);
    return { created: result.created, subject };
  } finally {
    clearTimeout(timer);
    listening = false;
  }
}

export async function leaveRoom(session: AccountSession, room: string, nick: string): Promise<void> {
  await session.send(xml("presence", { to: `${room}/${nick}`, type: "unavailable" })).catch(() => undefined);
}

/** Sets the room's subject; the account must be in the room with the right to. Resolves with the room's error condition, or undefined. */
export function setRoomSubject(session: AccountSession, room: string, subject: string): Promise<string | undefined> {
  return sendToRoom(session, room, xml("message", { to: room, type: "groupchat", id: nextId("subject") }, xml("subject", {}, subject)));
}

/**
 * Joins the room as `nick` (no history), says `body` once, and leaves: the
 * only way to speak in a room, so only for rooms the user asked for.
 * Resolves with the error condition of the join or the message, or
 * undefined when it was said.
 */
export async function sayInRoom(session: AccountSession, room: string, nick: string, body: string, password?: string): Promise<string | undefined> {
  try {
    const entered = await enterRoom(session, room, nick, password);
    if ("refused" in entered) return entered.refused;
    return await sendToRoom(session, room, xml("message", { to: room, type: "groupchat", id: nextId("notice") }, xml("body", {}, body)));
  } finally {
    await leaveRoom(session, room, nick);
  }
}
