import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { XmppUser } from "./xmpp-user.ts";
import type { ServerKind } from "../../src/devserver/xmpp-test-server.ts";

const NS_MUC = "http://jabber.org/protocol/muc";
const NS_MUC_USER = "http://jabber.org/protocol/muc#user";
const NS_MUC_ADMIN = "http://jabber.org/protocol/muc#admin";
const NS_MUC_OWNER = "http://jabber.org/protocol/muc#owner";

/**
 * The room-config field for "members may invite": Prosody 0.12 has its own,
 * ejabberd the XEP-0045 `muc#roomconfig_allowinvites`.
 */
export const MEMBERS_INVITE_FIELD: Record<ServerKind, string> = {
  prosody: "{http://prosody.im/protocol/muc}roomconfig_allowmemberinvites",
  ejabberd: "muc#roomconfig_allowinvites",
};

const fromRoom = (s: Element, room: string) => String(s.attrs.from ?? "").split("/")[0] === room;

/** Joins (creating it when new) and waits for the room's self-presence. */
export async function joinRoom(user: XmppUser, room: string, nick: string, password?: string): Promise<void> {
  const before = user.inbox.length;
  await user.xmpp.send(xml("presence", { to: `${room}/${nick}` }, xml("x", { xmlns: NS_MUC }, ...(password ? [xml("password", {}, password)] : []))));
  await user.waitFor((inbox) =>
    inbox.slice(before).some((s) => s.is("presence") && fromRoom(s, room) && s.getChild("x", NS_MUC_USER)?.getChildren("status").some((c) => c.attrs.code === "110")),
  );
}

export async function leaveRoom(user: XmppUser, room: string, nick: string): Promise<void> {
  await user.xmpp.send(xml("presence", { to: `${room}/${nick}`, type: "unavailable" }));
}

/**
 * Creates a persistent room owned by `owner` with these room-config fields
 * (XEP-0045 §10.1.3; "members may invite" is MEMBERS_INVITE_FIELD's). The owner stays in it.
 */
export async function createRoom(owner: XmppUser, room: string, config: Record<string, string> = {}): Promise<void> {
  await joinRoom(owner, room, owner.jid.split("@")[0]!);
  const fields = { FORM_TYPE: "http://jabber.org/protocol/muc#roomconfig", "muc#roomconfig_persistentroom": "1", ...config };
  await owner.iq(
    "set",
    room,
    xml("query", { xmlns: NS_MUC_OWNER }, xml("x", { xmlns: "jabber:x:data", type: "submit" }, ...Object.entries(fields).map(([k, v]) => xml("field", { var: k }, xml("value", {}, v))))),
  );
}

export async function affiliate(actor: XmppUser, room: string, jid: string, affiliation: string): Promise<void> {
  await actor.iq("set", room, xml("query", { xmlns: NS_MUC_ADMIN }, xml("item", { affiliation, jid })));
}

export async function affiliationList(actor: XmppUser, room: string, affiliation: string): Promise<string[]> {
  const result = await actor.iq("get", room, xml("query", { xmlns: NS_MUC_ADMIN }, xml("item", { affiliation })));
  return result.getChild("query", NS_MUC_ADMIN)!.getChildren("item").map((i) => String(i.attrs.jid));
}

const NS_PUBSUB = "http://jabber.org/protocol/pubsub";
const dataForm = (formType: string, fields: Record<string, string>) =>
  xml(
    "x",
    { xmlns: "jabber:x:data", type: "submit" },
    xml("field", { var: "FORM_TYPE", type: "hidden" }, xml("value", {}, formType)),
    ...Object.entries(fields).map(([k, v]) => xml("field", { var: k }, xml("value", {}, v))),
  );

/**
 * Bookmarks rooms the XEP-0048 way (private storage) and the XEP-0402 way (PEP, whitelist), as clients of
 * both ages do; private storage first, since Prosody rebuilds the PEP node from a private-storage write.
 * ejabberd 23.01 takes only access_model and persist_items as publish-options, and a new node keeps one
 * item until its max_items is configured.
 */
export async function bookmark(user: XmppUser, kind: ServerKind, pep: string[], legacy: string[]): Promise<void> {
  if (legacy.length > 0) {
    await user.iq(
      "set",
      user.jid,
      xml("query", { xmlns: "jabber:iq:private" }, xml("storage", { xmlns: "storage:bookmarks" }, ...legacy.map((jid) => xml("conference", { jid, autojoin: "true" }, xml("nick", {}, "erin"))))),
    );
  }
  const node = "urn:xmpp:bookmarks:1";
  const options: Record<string, string> =
    kind === "ejabberd"
      ? { "pubsub#persist_items": "true", "pubsub#access_model": "whitelist" }
      : { "pubsub#persist_items": "true", "pubsub#max_items": "max", "pubsub#send_last_published_item": "never", "pubsub#access_model": "whitelist" };
  for (const [i, room] of pep.entries()) {
    await user.iq(
      "set",
      user.jid,
      xml(
        "pubsub",
        { xmlns: NS_PUBSUB },
        xml("publish", { node }, xml("item", { id: room }, xml("conference", { xmlns: node, autojoin: "true" }, xml("nick", {}, "erin")))),
        xml("publish-options", {}, dataForm("http://jabber.org/protocol/pubsub#publish-options", options)),
      ),
    );
    if (kind === "ejabberd" && i === 0) {
      await user.iq("set", user.jid, xml("pubsub", { xmlns: `${NS_PUBSUB}#owner` }, xml("configure", { node }, dataForm("http://jabber.org/protocol/pubsub#node_config", { "pubsub#max_items": "max" }))));
    }
  }
}

/** Mediated invitations the user received from rooms of `service`. */
export const invitationsFrom = (user: XmppUser, service: string): Element[] =>
  user.inbox.filter((s) => s.is("message") && String(s.attrs.from ?? "").endsWith(`@${service}`) && s.getChild("x", NS_MUC_USER)?.getChild("invite") !== undefined);

/** Sets the subject of a room the user is in (as a moderator), and waits until the room has said it. */
export async function setSubject(user: XmppUser, room: string, subject: string): Promise<void> {
  const before = user.inbox.length;
  await user.xmpp.send(xml("message", { to: room, type: "groupchat" }, xml("subject", {}, subject)));
  await user.waitFor((inbox) => inbox.slice(before).some((s) => s.is("message") && fromRoom(s, room) && s.getChildText("subject") === subject));
}

/** The room's configuration form as its owner reads it: field → values. */
export async function roomConfig(owner: XmppUser, room: string): Promise<Record<string, string[]>> {
  const result = await owner.iq("get", room, xml("query", { xmlns: NS_MUC_OWNER }));
  const fields = result.getChild("query", NS_MUC_OWNER)!.getChild("x", "jabber:x:data")!.getChildren("field");
  return Object.fromEntries(fields.map((f) => [String(f.attrs.var), f.getChildren("value").map((v) => v.text())]));
}

/** The `<destroy/>` of the room's last unavailable presence to the user (XEP-0045 §10.9), if it came. */
export function destroyFrom(user: XmppUser, room: string): Element | undefined {
  return user.inbox.filter((s) => s.is("presence") && s.attrs.type === "unavailable" && fromRoom(s, room)).map((s) => s.getChild("x", NS_MUC_USER)?.getChild("destroy")).find(Boolean);
}
