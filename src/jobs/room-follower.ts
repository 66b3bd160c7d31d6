import type { AccountSession } from "../protocol/connection/account-session.ts";
import { readAffiliationList, setAffiliation } from "../protocol/muc/room-affiliations.ts";
import { inviteToRoom, sayInRoom } from "../protocol/muc/room-messages.ts";
import { sendChat } from "../protocol/chat-message.ts";
import { conditionOf, isStanzaError } from "../protocol/stanza-error.ts";
import type { Job, JobRoom } from "./job.ts";

/** The words of what the old account sends about a room, in the user's language (or their own words for the request). */
export interface RoomTexts {
  /** The reason given with a grant or an invitation. */
  reason(room: JobRoom): string;
  request(room: JobRoom): string;
  notice(room: JobRoom): string;
}

/**
 * Takes the new address into one room as the plan decided, with the old
 * account's session (paced by the caller), then sends the request to the
 * owners and the notice when the user asked for them. Updates the room's
 * journal fields in place and journals through `checkpoint` before every
 * message that cannot be taken back. Rejects when the connection fails.
 */
export async function followRoom(old: AccountSession, job: Job, room: JobRoom, texts: RoomTexts, checkpoint: () => Promise<void>): Promise<void> {
  if (room.state === "pending") {
    await takeStep(old, job.target, room, texts, checkpoint);
    await checkpoint();
  }
  if (job.roomRequests && room.wanted && room.managers.length > 0 && !room.requestSent) {
    room.requestSent = true;
    await checkpoint();
    for (const manager of room.managers) await sendChat(old, manager, texts.request(room));
  }
  if (job.roomNotices && !room.noticeBar && !room.noticeSent) {
    room.noticeSent = true;
    await checkpoint();
    const refused = await sayInRoom(old, room.jid, nickOf(room, job.user), texts.notice(room));
    if (refused) room.noticeError = refused;
  }
}

/** The nickname the old account enters a room with: its bookmark's, else the address's local part. */
const nickOf = (room: JobRoom, user: string): string => room.nick ?? user.split("@")[0]!;

async function takeStep(old: AccountSession, target: string, room: JobRoom, texts: RoomTexts, checkpoint: () => Promise<void>): Promise<void> {
  const fail = (err: unknown) => {
    if (!isStanzaError(err)) throw err;
    room.state = "failed";
    room.error = conditionOf(err);
  };
  switch (room.step) {
    case "grant-owner":
    case "grant-member": {
      const affiliation = room.step === "grant-owner" ? "owner" : "member";
      try {
        // The list first: an affiliation the new address already has (set before a crash, say) is not set again.
        if ((await readAffiliationList(old, room.jid, affiliation)).includes(target.toLowerCase())) {
          room.outcome = "already";
        } else {
          await setAffiliation(old, room.jid, target, affiliation, texts.reason(room));
          room.outcome = "granted";
        }
        room.state = "done";
      } catch (err) {
        fail(err);
      }
      return;
    }
    case "invite": {
      // Marked before it leaves: nothing tells a sent invitation from an unsent one afterwards.
      if (!room.inviteSent) {
        room.inviteSent = true;
        await checkpoint();
        const refused = await inviteToRoom(old, room.jid, target, texts.reason(room), nickOf(room, old.jid));
        if (refused) {
          room.state = "failed";
          room.error = refused;
          return;
        }
      }
      room.outcome = "invited";
      room.state = "done";
      return;
    }
    case "none":
      room.outcome = "none";
      room.state = "done";
  }
}
