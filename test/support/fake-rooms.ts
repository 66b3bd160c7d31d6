import type { AccountSession } from "../../src/protocol/connection/account-session.ts";
import type { RoomOwnerOps } from "../../src/protocol/muc/room-owner.ts";
import type { ListAffiliation } from "../../src/protocol/muc/room-affiliations.ts";
import type { RoomConfigField } from "../../src/core/room-config.ts";

interface FakeRoom {
  config: RoomConfigField[];
  lists: Record<ListAffiliation, Set<string>>;
  subject: string;
  /** Locked until its creator submits a configuration. */
  locked: boolean;
  destroyed?: { venue: string; reason: string };
  said: string[];
}

const stanzaError = (condition: string) => Object.assign(new Error(condition), { name: "StanzaError", condition, type: "cancel" });

/** The configuration form of a new room on the fake service (a Prosody-like set of fields). */
const blankForm = (): RoomConfigField[] => [
  { var: "muc#roomconfig_roomname", type: "text-single", values: [""] },
  { var: "muc#roomconfig_roomdesc", type: "text-single", values: [""] },
  { var: "muc#roomconfig_persistentroom", type: "boolean", values: ["0"] },
  { var: "muc#roomconfig_membersonly", type: "boolean", values: ["0"] },
  { var: "muc#roomconfig_moderatedroom", type: "boolean", values: ["0"] },
  { var: "muc#roomconfig_roomsecret", type: "text-private", values: [""] },
  { var: "muc#roomconfig_whois", type: "list-single", values: ["moderators"], options: ["moderators", "anyone"] },
  { var: "muc#roomconfig_historylength", type: "text-single", values: ["20"] },
];

/**
 * Group chat services in memory for unit tests of `move room`: rooms with
 * configuration forms, affiliation lists, a subject, creation and
 * destruction, as XEP-0045 describes them. Integration tests use Prosody's.
 */
export class FakeRooms implements RoomOwnerOps {
  readonly rooms = new Map<string, FakeRoom>();
  /** Domains that answer as group chat services. */
  readonly services = new Set<string>();
  /** Services that refuse to create rooms, with the condition they answer (Prosody's `restrict_room_creation`: not-allowed; ejabberd's `access_create`: forbidden). */
  readonly noCreation = new Map<string, string>();
  /** XEP-0283 statements readable by the owner: old address → new one. */
  readonly statements = new Map<string, string>();
  /** Affiliation sets these addresses refuse, with this condition. */
  readonly refuseAffiliation = new Map<string, string>();

  /** A room owned by `owner`, with these extra fields set. */
  addRoom(jid: string, owner: string, values: Record<string, string> = {}, subject = ""): FakeRoom {
    const config = blankForm().map((f) => (values[f.var] !== undefined ? { ...f, values: [values[f.var]!] } : f));
    const room: FakeRoom = { config, lists: { owner: new Set([owner]), admin: new Set(), member: new Set(), outcast: new Set() }, subject, locked: false, said: [] };
    this.rooms.set(jid, room);
    return room;
  }

  private room(jid: string): FakeRoom {
    const room = this.rooms.get(jid);
    if (!room || room.destroyed) throw stanzaError("item-not-found");
    return room;
  }

  private owner(session: AccountSession, jid: string): FakeRoom {
    const room = this.room(jid);
    if (!room.lists.owner.has(session.jid)) throw stanzaError("forbidden");
    return room;
  }

  isMucService = async (_session: AccountSession, service: string) => {
    if (!this.services.has(service)) throw stanzaError("remote-server-not-found");
    return true;
  };

  readList = async (session: AccountSession, jid: string, affiliation: ListAffiliation) => [...this.owner(session, jid).lists[affiliation]];

  setAffiliation = async (session: AccountSession, jid: string, member: string, affiliation: ListAffiliation) => {
    const room = this.owner(session, jid);
    const refused = this.refuseAffiliation.get(member);
    if (refused) throw stanzaError(refused);
    for (const list of Object.values(room.lists)) list.delete(member);
    room.lists[affiliation].add(member);
  };

  readConfig = async (session: AccountSession, jid: string) => structuredClone(this.owner(session, jid).config);

  submitConfig = async (session: AccountSession, jid: string, values: Record<string, string[]>) => {
    const room = this.owner(session, jid);
    room.config = room.config.map((f) => (values[f.var] ? { ...f, values: values[f.var]! } : f));
    room.locked = false;
  };

  enter = async (session: AccountSession, jid: string) => {
    const existing = this.rooms.get(jid);
    if (existing && !existing.destroyed) return { created: false, subject: existing.subject };
    const service = jid.split("@")[1]!;
    if (!this.services.has(service)) return { refused: "remote-server-not-found" };
    const refused = this.noCreation.get(service);
    if (refused) return { refused };
    this.addRoom(jid, session.jid).locked = true;
    return { created: true, subject: "" };
  };

  leave = async () => undefined;

  setSubject = async (_session: AccountSession, jid: string, subject: string) => {
    this.room(jid).subject = subject;
    return undefined;
  };

  say = async (_session: AccountSession, jid: string, _nick: string, body: string) => {
    this.room(jid).said.push(body);
    return undefined;
  };

  destroy = async (session: AccountSession, jid: string, venue: string, reason: string) => {
    this.owner(session, jid).destroyed = { venue, reason };
  };

  movedTo = async (_session: AccountSession, jid: string) => this.statements.get(jid);
}
