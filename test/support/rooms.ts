import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { XmppUser } from "./xmpp-user.ts";

const NS_MUC = "http://jabber.org/protocol/muc";
const NS_MUC_USER = "http://jabber.org/protocol/muc#user";
const NS_MUC_ADMIN = "http://jabber.org/protocol/muc#admin";
const NS_MUC_OWNER = "http://jabber.org/protocol/muc#owner";

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
 * (XEP-0045 §10.1.3; Prosody's own "members may invite" is
 * `{http://prosody.im/protocol/muc}roomconfig_allowmemberinvites`). The owner stays in it.
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

/**
 * Bookmarks rooms the XEP-0048 way (private storage) and the XEP-0402 way (PEP, whitelist), as clients of
 * both ages do; private storage first, since Prosody rebuilds the PEP node from a private-storage write.
 */
export async function bookmark(user: XmppUser, pep: string[], legacy: string[]): Promise<void> {
  if (legacy.length > 0) {
    await user.iq(
      "set",
      user.jid,
      xml("query", { xmlns: "jabber:iq:private" }, xml("storage", { xmlns: "storage:bookmarks" }, ...legacy.map((jid) => xml("conference", { jid, autojoin: "true" }, xml("nick", {}, "erin"))))),
    );
  }
  for (const room of pep) {
    await user.iq(
      "set",
      user.jid,
      xml(
        "pubsub",
        { xmlns: "http://jabber.org/protocol/pubsub" },
        xml("publish", { node: "urn:xmpp:bookmarks:1" }, xml("item", { id: room }, xml("conference", { xmlns: "urn:xmpp:bookmarks:1", autojoin: "true" }, xml("nick", {}, "erin")))),
        xml(
          "publish-options",
          {},
          xml(
            "x",
            { xmlns: "jabber:x:data", type: "submit" },
            xml("field", { var: "FORM_TYPE", type: "hidden" }, xml("value", {}, "http://jabber.org/protocol/pubsub#publish-options")),
            xml("field", { var: "pubsub#persist_items" }, xml("value", {}, "true")),
            xml("field", { var: "pubsub#max_items" }, xml("value", {}, "max")),
            xml("field", { var: "pubsub#send_last_published_item" }, xml("value", {}, "never")),
            xml("field", { var: "pubsub#access_model" }, xml("value", {}, "whitelist")),
          ),
        ),
      ),
    );
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
