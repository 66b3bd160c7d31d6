import type { AccountSession } from "../connection/account-session.ts";
import { isStanzaError, conditionOf } from "../stanza-error.ts";
import { readAffiliationList, type Affiliation } from "./room-affiliations.ts";
import { readRoomInfo, type RoomInfo } from "./room-info.ts";
import { bookmarkedRooms, type BookmarkedRoom } from "./bookmarked-rooms.ts";
import type { RoomAffiliation } from "../../core/room-plan.ts";

/** What the old account can find out about its place in a bookmarked room without the room noticing. */
export interface RoomMembership extends BookmarkedRoom {
  affiliation: RoomAffiliation;
  /** Absent when the room did not answer disco#info; `error` then says why. */
  info?: RoomInfo;
  /** Owners and admins whose addresses the account can see (lists it may read, the room's contact addresses). */
  managers: string[];
  /** The lists the room refused to show (XEP-0045 lets owners read all, admins up to admin, members sometimes). */
  hidden: Affiliation[];
  error?: string;
}

const LISTS: Affiliation[] = ["owner", "admin", "member"];

/**
 * The account's affiliation in one room, read from the affiliation lists
 * (XEP-0045 §9.5, §10.5), which the room's occupants never see. Joining would
 * show it too (in the self-presence), but everyone in the room would see
 * the old address come and go: when the lists are refused the affiliation
 * is `unknown` instead. Rejects only when the connection fails.
 */
export async function inspectRoom(session: AccountSession, room: BookmarkedRoom, take: () => Promise<void> = async () => undefined): Promise<RoomMembership> {
  const own = session.jid.toLowerCase();
  const refused = (err: unknown) => {
    if (!isStanzaError(err)) throw err;
    return conditionOf(err);
  };
  let info: RoomInfo;
  try {
    await take();
    info = await readRoomInfo(session, room.jid);
  } catch (err) {
    return { ...room, affiliation: "unknown", managers: [], hidden: [], error: refused(err) };
  }
  const lists: Partial<Record<Affiliation, string[]>> = {};
  const hidden: Affiliation[] = [];
  for (const affiliation of LISTS) {
    try {
      await take();
      lists[affiliation] = await readAffiliationList(session, room.jid, affiliation);
    } catch (err) {
      refused(err);
      hidden.push(affiliation);
    }
  }
  const found = LISTS.find((a) => lists[a]?.includes(own));
  const managers = [...new Set([...(lists.owner ?? []), ...(lists.admin ?? []), ...info.contacts.map((c) => c.toLowerCase())])].filter((j) => j !== own);
  return { ...room, affiliation: found ?? (hidden.length === 0 ? "none" : "unknown"), info, managers, hidden };
}

/** Every bookmarked room (both bookmark kinds), one after the other. */
export async function inspectRooms(session: AccountSession, take?: () => Promise<void>): Promise<RoomMembership[]> {
  const found: RoomMembership[] = [];
  for (const room of await bookmarkedRooms(session)) found.push(await inspectRoom(session, room, take));
  return found;
}
