import type { AccountSession } from "../protocol/connection/account-session.ts";
import type { RoomOwnerOps } from "../protocol/muc/room-owner.ts";
import type { ListAffiliation } from "../protocol/muc/room-affiliations.ts";
import { conditionOf, isStanzaError } from "../protocol/stanza-error.ts";
import { copyConfig, fieldValue, PASSWORD_FIELD, type RoomConfigField } from "../core/room-config.ts";
import type { RoomMoveJob, RoomMoveStep } from "./room-move-journal.ts";

/** What the owner's accounts say while moving a room, in the user's language. */
export interface RoomMoveTexts {
  /** With each affiliation set and with the destruction. */
  reason: string;
  /** Posted in an old room left open. */
  pointer: string;
}

export interface RoomMoveSessions {
  /** The owner's old account: it reads and closes the old room. */
  old: AccountSession;
  /** The account that creates the new room (the old one again, or the new address). */
  creator: AccountSession;
}

const LISTS: ListAffiliation[] = ["owner", "admin", "member", "outcast"];

/** A step that cannot go on: the old room stays as it was. */
class StepFailed extends Error {
  constructor(
    readonly step: RoomMoveStep,
    readonly reason: string,
  ) {
    super(`${step}: ${reason}`);
  }
}

const nickOf = (jid: string) => jid.split("@")[0]!;

/** Enters with the account's own name, or beside a namesake already there. */
export async function enterAsOwner(ops: RoomOwnerOps, session: AccountSession, room: string, password?: string) {
  let nick = nickOf(session.jid);
  let entered = await ops.enter(session, room, nick, password);
  if ("refused" in entered && entered.refused === "conflict") {
    nick = `${nick}-ferry`;
    entered = await ops.enter(session, room, nick, password);
  }
  return { nick, entered };
}

/** The address the new room lists for a member: their new one when they moved. */
const listed = (m: RoomMoveJob["members"][number]) => (m.newJid ?? m.jid).toLowerCase();

/**
 * Moves the room as journaled in `job`: reads the old room's configuration
 * again (the journal keeps no password), creates the new room with
 * the creator account, configures it, sets the subject and the mapped
 * affiliation lists, and reads the lists back. Only when every entry is in
 * place is the old room closed (destroyed with the new room as alternate
 * venue, or left open with a message pointing there). Every step is
 * journaled through `save`; a refused step ends the move as `failed` and
 * leaves the old room alone. Rejects when a connection fails (the job
 * stays resumable).
 */
export async function moveRoom(sessions: RoomMoveSessions, job: RoomMoveJob, ops: RoomOwnerOps, texts: RoomMoveTexts, save: () => Promise<void>): Promise<void> {
  const { old, creator } = sessions;
  const done = async (step: RoomMoveStep) => {
    if (!job.done.includes(step)) job.done.push(step);
    await save();
  };
  const refused = (step: RoomMoveStep) => (err: unknown): never => {
    if (!isStanzaError(err)) throw err;
    throw new StepFailed(step, conditionOf(err));
  };
  job.status = "running";
  delete job.failed;
  await save();
  try {
    const config = await ops.readConfig(old, job.oldRoom).catch(refused("read"));
    const password = fieldValue(config, PASSWORD_FIELD) || undefined;
    await done("read");

    await createAndFill(sessions, job, ops, texts, config, { done, save, refused });

    await verifyLists(creator, job, ops).catch(refused("verify"));
    await done("verify");

    if (!job.closeSent) {
      job.closeSent = true;
      await save();
      if (job.closing === "destroy") {
        await ops.destroy(old, job.oldRoom, job.newRoom, texts.reason).catch(refused("close"));
      } else {
        const error = await ops.say(old, job.oldRoom, nickOf(old.jid), texts.pointer, password);
        if (error) job.closeError = error;
      }
    }
    await done("close");
    job.status = "done";
  } catch (err) {
    if (!(err instanceof StepFailed)) {
      job.status = "interrupted";
      await save();
      throw err;
    }
    job.status = "failed";
    job.failed = { step: err.step, reason: err.reason };
  }
  await save();
}

async function createAndFill(
  { creator }: RoomMoveSessions,
  job: RoomMoveJob,
  ops: RoomOwnerOps,
  texts: RoomMoveTexts,
  config: RoomConfigField[],
  journal: { done: (step: RoomMoveStep) => Promise<void>; save: () => Promise<void>; refused: (step: RoomMoveStep) => (err: unknown) => never },
): Promise<void> {
  const { done, refused } = journal;
  const alreadySent = job.createSent === true;
  job.createSent = true;
  await journal.save();
  const { nick, entered } = await enterAsOwner(ops, creator, job.newRoom);
  try {
    // ejabberd 23.01 refuses room creation with forbidden where XEP-0045 §10.1.1 says not-allowed.
    if ("refused" in entered) throw new StepFailed("create", entered.refused === "forbidden" ? "not-allowed" : entered.refused);
    // A room that was there before this move is someone's room: it is not taken over.
    if (!entered.created && !alreadySent) throw new StepFailed("create", "room-exists");
    if (!entered.created && !(await ops.readList(creator, job.newRoom, "owner").catch((): string[] => [])).includes(creator.jid.toLowerCase())) {
      throw new StepFailed("create", "room-exists");
    }
    await done("create");

    const copy = copyConfig(config, await ops.readConfig(creator, job.newRoom).catch(refused("configure")));
    await ops.submitConfig(creator, job.newRoom, copy.values).catch(refused("configure"));
    job.uncopied = copy.uncopied;
    await done("configure");

    if (job.subject && !job.done.includes("subject")) {
      const error = await ops.setSubject(creator, job.newRoom, job.subject);
      if (error) job.subjectError = error;
    }
    await done("subject");

    await setLists(creator, job, ops, texts.reason);
    await done("lists");
  } finally {
    await ops.leave(creator, job.newRoom, nick);
  }
}

/** Sets every entry the new room's lists lack; an entry already there (set before a crash) is not set again. */
async function setLists(creator: AccountSession, job: RoomMoveJob, ops: RoomOwnerOps, reason: string): Promise<void> {
  for (const affiliation of LISTS) {
    const members = job.members.filter((m) => m.affiliation === affiliation && listed(m) !== creator.jid.toLowerCase());
    if (members.length === 0) continue;
    const present = new Set(await ops.readList(creator, job.newRoom, affiliation));
    for (const member of members) {
      if (present.has(listed(member))) continue;
      try {
        await ops.setAffiliation(creator, job.newRoom, listed(member), affiliation, reason);
        delete member.error;
      } catch (err) {
        if (!isStanzaError(err)) throw err;
        member.error = conditionOf(err);
      }
    }
  }
}

/** Reads the new room's lists back: every entry must be there, or the old room is not closed. */
async function verifyLists(creator: AccountSession, job: RoomMoveJob, ops: RoomOwnerOps): Promise<void> {
  const missing: string[] = [];
  for (const affiliation of LISTS) {
    const members = job.members.filter((m) => m.affiliation === affiliation);
    if (members.length === 0) continue;
    const present = new Set(await ops.readList(creator, job.newRoom, affiliation));
    // The creator is the new room's owner by creating it.
    if (affiliation === "owner") present.add(creator.jid.toLowerCase());
    for (const m of members) if (!present.has(listed(m))) missing.push(listed(m));
  }
  if (missing.length > 0) throw new StepFailed("verify", "lists-incomplete");
}
