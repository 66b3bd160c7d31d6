import { fromPromise } from "xstate";
import type { AccountSession } from "../../src/protocol/connection/account-session.ts";
import type { RoomOwnerOps } from "../../src/protocol/muc/room-owner.ts";
import type { ListAffiliation } from "../../src/protocol/muc/room-affiliations.ts";
import { conditionOf, isStanzaError } from "../../src/protocol/stanza-error.ts";
import type { JobStore } from "../../src/jobs/job-store.ts";
import type { ServerPaces } from "../../src/jobs/server-pace.ts";
import { pacedSession } from "../../src/jobs/paced-session.ts";
import type { RoomMoveJob, RoomMoveStore } from "../../src/jobs/room-move-journal.ts";
import type { Claim } from "../../src/jobs/job-lease.ts";
import { moveRoom, enterAsOwner, type RoomMoveTexts } from "../../src/jobs/room-mover.ts";
import { fieldValue, PASSWORD_FIELD } from "../../src/core/room-config.ts";
import { domainOf } from "../../src/core/jid.ts";
import type { MessageArgs } from "../../src/i18n/catalog.ts";
import type { SignInServices } from "../shared/verify-account.ts";
import type { Tell } from "../shared/tell.ts";
import { planMembers, previewMembers, previewSettings, type MembersPreview, type MovedAddresses, type SettingsPreview } from "./room-move-plan.ts";
import { roomMoveReport } from "./room-move-report.ts";

/** What `move room` needs from the running bot. */
export interface RoomMoveServices extends SignInServices {
  rooms: RoomOwnerOps;
  journal: RoomMoveStore;
  /** Account moves: who has moved with Ferry, and where. */
  moves: JobStore;
  paces: ServerPaces;
  /** FERRY_MUC_SERVICES: the group chat services offered as targets. */
  services: string[];
  /** A message in the user's language (what the owner's accounts say in rooms). */
  word(user: string, key: string, args?: MessageArgs): Promise<string>;
  /** Messages to the user outside a reply: the move runs after the conversation has ended. */
  tell(user: string, messages: Tell[]): Promise<void>;
  /** Claims a room's move for this instance among those sharing the store (the database's own lease); undefined while one holds it. */
  claim(name: string): Promise<Claim | undefined>;
}

const LISTS: ListAffiliation[] = ["owner", "admin", "member", "outcast"];

const passwordOf = (s: RoomMoveServices, conversation: string, name: string) => {
  const value = s.secrets.get(conversation, name);
  if (value === undefined) throw new Error(`no ${name} in this conversation`);
  return value;
};

/** Signs in and takes turns at the account's server (FERRY_SERVER_RATE) for as long as `work` runs. */
async function withSession<T>(s: RoomMoveServices, jid: string, password: string, work: (session: AccountSession) => Promise<T>): Promise<T> {
  const session = await s.signIn(jid, password);
  const lane = s.paces.of(domainOf(jid)).join();
  try {
    return await work(pacedSession(session, lane));
  } finally {
    lane.leave();
    await session.close();
  }
}

/** The room check: `owner` (with the user's new address when they moved with Ferry), or why not. */
export type RoomCheck = { kind: "owner"; newAddress?: string } | { kind: "not-owner" } | { kind: "unreachable"; reason: string };

/** Whether the old address is on the room's owner list (which only owners may read). */
export const checkRoomActor = (s: RoomMoveServices) =>
  fromPromise<RoomCheck, { conversation: string; user: string; room: string }>(async ({ input }) =>
    withSession(s, input.user, passwordOf(s, input.conversation, "old-password"), async (old) => {
      let owners: string[];
      try {
        owners = await s.rooms.readList(old, input.room, "owner");
      } catch (err) {
        if (!isStanzaError(err)) throw err;
        const reason = conditionOf(err);
        return reason === "forbidden" ? { kind: "not-owner" as const } : { kind: "unreachable" as const, reason };
      }
      if (!owners.includes(input.user)) return { kind: "not-owner" as const };
      const moved = await s.moves.finished(input.user);
      return { kind: "owner" as const, ...(moved ? { newAddress: moved.last.target } : {}) };
    }),
  );

/** Whether the address is a group chat service (XEP-0045 disco identity): `ok`, `not-muc`, or the error condition. */
export const checkServiceActor = (s: RoomMoveServices) =>
  fromPromise<string, { conversation: string; user: string; service: string }>(async ({ input }) =>
    withSession(s, input.user, passwordOf(s, input.conversation, "old-password"), async (old) => {
      try {
        return (await s.rooms.isMucService(old, input.service)) ? "ok" : "not-muc";
      } catch (err) {
        if (!isStanzaError(err)) throw err;
        return conditionOf(err);
      }
    }),
  );

export interface RoomMovePreview {
  settings: SettingsPreview;
  subject: string;
  members: MembersPreview;
  /** An earlier move of this room to the same place stopped: this one continues it. */
  continues: boolean;
}

/**
 * Where the room's members have moved: Ferry's own finished moves first,
 * then each one's XEP-0283 statement, which only their contacts may read
 * (unreadable counts as not moved). The owner moves with the room when the
 * new address creates it.
 */
async function movedAddresses(s: RoomMoveServices, old: AccountSession, jids: string[], owner: { user: string; creator: string }): Promise<MovedAddresses> {
  const moved: MovedAddresses = new Map();
  if (owner.creator !== owner.user) moved.set(owner.user, { newJid: owner.creator, via: "owner" });
  for (const jid of jids) {
    if (moved.has(jid)) continue;
    const finished = await s.moves.finished(jid);
    if (finished) {
      moved.set(jid, { newJid: finished.last.target, via: "ferry" });
      continue;
    }
    const stated = await s.rooms.movedTo(old, jid).catch(() => undefined);
    if (stated) moved.set(jid, { newJid: stated, via: "statement" });
  }
  return moved;
}

/**
 * Reads the old room as its owner: configuration, affiliation lists, and the
 * subject, which a room only tells those inside (the old address enters
 * for a moment). Journals the plan; nothing changes anywhere.
 */
export const planRoomMoveActor = (s: RoomMoveServices) =>
  fromPromise<RoomMovePreview, { conversation: string; user: string; room: string; newRoom: string; creator: string }>(async ({ input }) =>
    withSession(s, input.user, passwordOf(s, input.conversation, "old-password"), async (old) => {
      const config = await s.rooms.readConfig(old, input.room);
      const lists: Partial<Record<ListAffiliation, string[]>> = {};
      for (const affiliation of LISTS) lists[affiliation] = await s.rooms.readList(old, input.room, affiliation);
      const { nick, entered } = await enterAsOwner(s.rooms, old, input.room, fieldValue(config, PASSWORD_FIELD) || undefined);
      await s.rooms.leave(old, input.room, nick);
      const subject = "refused" in entered ? "" : entered.subject;
      const moved = await movedAddresses(s, old, [...new Set(Object.values(lists).flat())], { user: input.user, creator: input.creator });
      const members = planMembers(lists, moved);
      const before = await s.journal.get(input.user, input.room);
      // Only an unfinished move to the same room by the same account is continued: its new room is this move's own.
      const continues = before !== undefined && before.status !== "done" && before.createSent === true && before.newRoom === input.newRoom && before.creator === input.creator;
      const job: RoomMoveJob = {
        user: input.user,
        oldRoom: input.room,
        newRoom: input.newRoom,
        creator: input.creator,
        closing: "destroy",
        members,
        subject,
        status: "planned",
        done: continues ? before.done : [],
        ...(continues ? { createSent: true, ...(before.closeSent ? { closeSent: true } : {}) } : {}),
      };
      await s.journal.save(job);
      return { settings: previewSettings(config), subject, members: previewMembers(members), continues };
    }),
  );

export type RoomMoveStart = "started" | "already-running" | "no-password";

/**
 * Starts the planned move in the background and answers at once; its
 * report comes as a chat message. One move per room at a time among all
 * instances, by a lease. The passwords leave the vault before the work starts.
 */
export function startRoomMoveActor(s: RoomMoveServices) {
  return fromPromise<RoomMoveStart, { conversation: string; user: string; room: string; closing: "destroy" | "keep-open" }>(async ({ input }) => {
    const job = await s.journal.get(input.user, input.room);
    const oldPassword = s.secrets.get(input.conversation, "old-password");
    const newPassword = job && job.creator !== input.user ? s.secrets.get(input.conversation, "new-password") : oldPassword;
    s.secrets.clear(input.conversation);
    if (!job || oldPassword === undefined || newPassword === undefined) return "no-password";
    const claim = await s.claim(`room-move:${input.room}`);
    if (!claim) return "already-running";
    job.closing = input.closing;
    void runRoomMove(s, job, oldPassword, newPassword)
      .catch(() => s.tell(input.user, [{ key: "room-move-interrupted", args: { room: input.room } }]))
      .catch(() => undefined)
      .finally(() => claim.release().catch(() => undefined));
    return "started";
  });
}

async function runRoomMove(s: RoomMoveServices, job: RoomMoveJob, oldPassword: string, newPassword: string): Promise<void> {
  const texts: RoomMoveTexts = {
    reason: await s.word(job.user, "room-move-reason", { room: job.oldRoom, newRoom: job.newRoom }),
    pointer: await s.word(job.user, "room-move-pointer", { newRoom: job.newRoom }),
  };
  const save = () => s.journal.save(job);
  await withSession(s, job.user, oldPassword, async (old) => {
    if (job.creator === job.user) return moveRoom({ old, creator: old }, job, s.rooms, texts, save);
    return withSession(s, job.creator, newPassword, (creator) => moveRoom({ old, creator }, job, s.rooms, texts, save));
  });
  await s.tell(job.user, roomMoveReport(job));
}
