import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../connection/account-session.ts";
import { NS_DATA, NS_INFO } from "../namespaces.ts";

/** What a room's public disco#info (XEP-0045 §6.4) says about who may enter and invite. */
export interface RoomInfo {
  membersOnly: boolean;
  moderated: boolean;
  passwordProtected: boolean;
  /**
   * Members may invite: `muc#roominfo_allowinvites` or `muc#roomconfig_allowinvites` in the
   * info form (Prosody puts the latter there), undefined when the room does not say.
   */
  allowInvites?: boolean;
  /** `muc#roominfo_contactjid`: the addresses the room gives for reaching whoever runs it. */
  contacts: string[];
}

const fieldValues = (form: Element | undefined, name: string): string[] =>
  form?.getChildren("field").find((f) => f.attrs.var === name)?.getChildren("value").map((v) => v.text()) ?? [];

const truthy = (values: string[]): boolean | undefined => (values.length === 0 ? undefined : values[0] === "1" || values[0] === "true");

/** Reading it is invisible to the room's occupants. Rejects with the room's stanza error (`item-not-found`: no such room). */
export async function readRoomInfo(session: AccountSession, room: string): Promise<RoomInfo> {
  const result = await session.iq("get", xml("query", { xmlns: NS_INFO }), room);
  const query = result.getChild("query", NS_INFO);
  const features = new Set((query?.getChildren("feature") ?? []).map((f) => String(f.attrs.var)));
  const form = query?.getChildren("x", NS_DATA).find((x) => fieldValues(x, "FORM_TYPE")[0] === "http://jabber.org/protocol/muc#roominfo");
  return {
    membersOnly: features.has("muc_membersonly"),
    moderated: features.has("muc_moderated"),
    passwordProtected: features.has("muc_passwordprotected"),
    ...withDefined("allowInvites", truthy(fieldValues(form, "muc#roominfo_allowinvites")) ?? truthy(fieldValues(form, "muc#roomconfig_allowinvites"))),
    contacts: fieldValues(form, "muc#roominfo_contactjid"),
  };
}

function withDefined<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** Whether `service` is a group chat service: its disco#info names the identity conference/text (XEP-0045 §6.1). Rejects with its stanza error. */
export async function isMucService(session: AccountSession, service: string): Promise<boolean> {
  const result = await session.iq("get", xml("query", { xmlns: NS_INFO }), service);
  return (result.getChild("query", NS_INFO)?.getChildren("identity") ?? []).some((i) => i.attrs.category === "conference" && i.attrs.type === "text");
}
