import type Keyv from "keyv";
import type { ListAffiliation } from "../protocol/muc/room-affiliations.ts";

/** Where a moved member's new address came from: Ferry's own moves, their XEP-0283 statement, or the room's owner moving with the room. */
export type MovedVia = "ferry" | "statement" | "owner";

/** One entry of the old room's affiliation lists and what the new room gets for it. */
export interface RoomMoveMember {
  jid: string;
  affiliation: ListAffiliation;
  /** The member's new address, when they moved: the new room lists it instead of `jid`. */
  newJid?: string;
  via?: MovedVia;
  /** The new room refused the entry: its error condition. */
  error?: string;
}

/** The steps of a room move, in order; each is journaled once done. */
export type RoomMoveStep = "read" | "create" | "configure" | "subject" | "lists" | "verify" | "close";

/**
 * One owner's move of one room, journaled after every step so that a
 * resumed move continues where it stopped: the new room is created once,
 * and the old one closed once. Holds no secret (the room's password is read
 * from the old room when needed).
 */
export interface RoomMoveJob {
  user: string;
  oldRoom: string;
  newRoom: string;
  /** The account that creates the new room and becomes its owner: the user's new address or the old one. */
  creator: string;
  /** `destroy`: close the old room pointing to the new one; `keep-open`: leave it open with a message pointing there. */
  closing: "destroy" | "keep-open";
  members: RoomMoveMember[];
  /** The old room's subject, read when the move was planned (empty: none). */
  subject: string;
  status: "planned" | "running" | "interrupted" | "done" | "failed";
  done: RoomMoveStep[];
  /** The creating join was sent: a room found there afterwards may be this move's own. */
  createSent?: boolean;
  /** Marked before the destruction or the message leaves, so it never leaves twice. */
  closeSent?: boolean;
  /** Settings of the old room the new service has no place for. */
  uncopied?: string[];
  /** The subject could not be set: the room's error condition. */
  subjectError?: string;
  /** The message in a room left open did not get through: the room's error condition. */
  closeError?: string;
  /** The step that stopped the move and why; the old room is then left as it was. */
  failed?: { step: RoomMoveStep; reason: string };
  updatedAt?: string;
}

/** Room moves in the store, one per user and old room. */
export class RoomMoveStore {
  constructor(private readonly store: Keyv) {}

  private key = (user: string, room: string) => `room-move:${user}:${room}`;

  async get(user: string, room: string): Promise<RoomMoveJob | undefined> {
    return (await this.store.get(this.key(user, room))) as RoomMoveJob | undefined;
  }

  async save(job: RoomMoveJob): Promise<void> {
    job.updatedAt = new Date().toISOString();
    await this.store.set(this.key(job.user, job.oldRoom), job);
  }
}
