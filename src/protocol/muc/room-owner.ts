import type { AccountSession } from "../connection/account-session.ts";
import { readAffiliationList, setAffiliation, type ListAffiliation } from "./room-affiliations.ts";
import { readRoomConfig, submitRoomConfig, destroyRoom, type RoomConfigField } from "./room-config.ts";
import { enterRoom, leaveRoom, sayInRoom, setRoomSubject, type Entered } from "./room-messages.ts";
import { isMucService } from "./room-info.ts";
import { fetchMovedStatement } from "../profile/moved-statement.ts";

/**
 * What an owner does to move a whole room, one exchange each: the port the
 * room move works through (tests give an in-memory service instead).
 * Requests reject with the room's stanza error; joins and messages resolve
 * with its error condition.
 */
export interface RoomOwnerOps {
  isMucService(session: AccountSession, service: string): Promise<boolean>;
  readList(session: AccountSession, room: string, affiliation: ListAffiliation): Promise<string[]>;
  setAffiliation(session: AccountSession, room: string, jid: string, affiliation: ListAffiliation, reason: string): Promise<void>;
  readConfig(session: AccountSession, room: string): Promise<RoomConfigField[]>;
  submitConfig(session: AccountSession, room: string, values: Record<string, string[]>): Promise<void>;
  enter(session: AccountSession, room: string, nick: string, password?: string): Promise<Entered | { refused: string }>;
  leave(session: AccountSession, room: string, nick: string): Promise<void>;
  setSubject(session: AccountSession, room: string, subject: string): Promise<string | undefined>;
  say(session: AccountSession, room: string, nick: string, body: string, password?: string): Promise<string | undefined>;
  destroy(session: AccountSession, room: string, venue: string, reason: string): Promise<void>;
  /** A XEP-0283 statement of `jid`'s new address, readable by its contacts only: undefined when there is none or it is hidden. */
  movedTo(session: AccountSession, jid: string): Promise<string | undefined>;
}

export const roomOwnerOps: RoomOwnerOps = {
  isMucService,
  readList: readAffiliationList,
  setAffiliation,
  readConfig: readRoomConfig,
  submitConfig: submitRoomConfig,
  enter: enterRoom,
  leave: leaveRoom,
  setSubject: setRoomSubject,
  say: sayInRoom,
  destroy: destroyRoom,
  movedTo: fetchMovedStatement,
};
