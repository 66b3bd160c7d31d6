import type { ListAffiliation } from "../../src/protocol/muc/room-affiliations.ts";
import type { MovedVia, RoomMoveMember } from "../../src/jobs/room-move-journal.ts";
import { fieldValue, PASSWORD_FIELD, type RoomConfigField } from "../../src/core/room-config.ts";

/** Where members of the room have moved: old address → new address and how Ferry knows. */
export type MovedAddresses = Map<string, { newJid: string; via: MovedVia }>;

/** The settings the preview names; every other field of the form is copied too and only counted. */
const NAMED = {
  name: "muc#roomconfig_roomname",
  description: "muc#roomconfig_roomdesc",
  membersOnly: "muc#roomconfig_membersonly",
  moderated: "muc#roomconfig_moderatedroom",
  persistent: "muc#roomconfig_persistentroom",
  anonymity: "muc#roomconfig_whois",
  history: "muc#roomconfig_historylength",
  maxHistory: "muc#maxhistoryfetch",
  password: PASSWORD_FIELD,
  passwordProtected: "muc#roomconfig_passwordprotectedroom",
} as const;

const NOT_COUNTED = new Set<string>([...Object.values(NAMED), "muc#roomconfig_roomowners", "muc#roomconfig_roomadmins"]);

const yes = (v: string | undefined) => v === "1" || v === "true";

/** What the preview says about the room's settings. The password itself is never part of it. */
export interface SettingsPreview {
  name: string;
  description: string;
  membersOnly: boolean;
  moderated: boolean;
  /** The old room's; the new one is persistent whatever it says. */
  persistent: boolean;
  passwordProtected: boolean;
  /** `muc#roomconfig_whois`: who sees occupants' real addresses (`anyone`, `moderators`), empty when the room does not say. */
  anonymity: string;
  /** Messages of history kept for newcomers, empty when the room does not say. */
  history: string;
  /** Further settings copied as they are. */
  others: number;
}

export function previewSettings(config: RoomConfigField[]): SettingsPreview {
  const v = (name: string) => fieldValue(config, name) ?? "";
  return {
    name: v(NAMED.name),
    description: v(NAMED.description),
    membersOnly: yes(v(NAMED.membersOnly)),
    moderated: yes(v(NAMED.moderated)),
    persistent: yes(v(NAMED.persistent)),
    passwordProtected: v(NAMED.password) !== "" || yes(v(NAMED.passwordProtected)),
    anonymity: v(NAMED.anonymity),
    history: v(NAMED.history) || v(NAMED.maxHistory),
    others: config.filter((f) => f.type !== "fixed" && f.type !== "hidden" && !NOT_COUNTED.has(f.var)).length,
  };
}

const ORDER: ListAffiliation[] = ["owner", "admin", "member", "outcast"];

/**
 * The new room's lists: every entry of the old room's, with the address of
 * each member who moved (and of the owner, when the new address creates
 * the room) in place of the old one. An address on two lists is kept on
 * the higher one only, as a room would.
 */
export function planMembers(lists: Partial<Record<ListAffiliation, string[]>>, moved: MovedAddresses): RoomMoveMember[] {
  const seen = new Set<string>();
  const members: RoomMoveMember[] = [];
  for (const affiliation of ORDER) {
    for (const raw of lists[affiliation] ?? []) {
      const jid = raw.toLowerCase();
      if (seen.has(jid)) continue;
      seen.add(jid);
      const to = moved.get(jid);
      members.push({ jid, affiliation, ...(to && to.newJid !== jid ? { newJid: to.newJid, via: to.via } : {}) });
    }
  }
  return members;
}

export interface MembersPreview {
  total: number;
  owners: number;
  admins: number;
  members: number;
  outcasts: number;
  /** Entries whose new address the new room gets instead. */
  mapped: RoomMoveMember[];
}

export function previewMembers(members: RoomMoveMember[]): MembersPreview {
  const count = (a: ListAffiliation) => members.filter((m) => m.affiliation === a).length;
  return { total: members.length, owners: count("owner"), admins: count("admin"), members: count("member"), outcasts: count("outcast"), mapped: members.filter((m) => m.newJid) };
}

/** The same local part on the target service: the address occupants are sent to. */
export const newRoomAddress = (oldRoom: string, service: string): string => `${oldRoom.split("@")[0]}@${service}`;
