import type { PlannedRoom, RoomNoticeBar } from "../../src/core/room-plan.ts";
import type { RoomMembership } from "../../src/protocol/muc/room-membership.ts";

/**
 * What the old account does for the new address in one room, with its own
 * rights only: an owner makes it owner, an admin makes it a member (and the
 * owners may be asked for admin), a member invites it where members may
 * invite (and otherwise the owners and admins may be asked). A room whose
 * lists were hidden is left alone, except that an invitation is tried in a
 * members-only room that lets members invite: the room refuses it, to the
 * old account only, when the old address has no right to.
 */
export function planRoom(m: RoomMembership): PlannedRoom {
  const base = { jid: m.jid, ...(m.nick ? { nick: m.nick } : {}), affiliation: m.affiliation, managers: m.managers };
  const bar = noticeBar(m);
  const withBar = bar ? { noticeBar: bar } : {};
  if (!m.info) return { ...base, step: "none", reason: m.error ?? "unknown", ...withBar };
  const { membersOnly, allowInvites } = m.info;
  switch (m.affiliation) {
    case "owner":
      return { ...base, step: "grant-owner", ...withBar };
    case "admin":
      return { ...base, step: "grant-member", wanted: "admin", reason: "admin-only-members", ...withBar };
    case "member":
      return allowInvites
        ? { ...base, step: "invite", ...withBar }
        : { ...base, step: "none", wanted: "member", reason: "no-invites", ...withBar };
    case "none":
      return { ...base, step: "none", reason: "not-affiliated", ...withBar };
    case "unknown":
      if (membersOnly && allowInvites) return { ...base, step: "invite", reason: "unknown", ...withBar };
      return { ...base, step: "none", reason: membersOnly ? "unknown" : "open-room", ...withBar };
  }
}

/** The optional notice needs the old address to enter and speak: members-only rooms want an affiliation, moderated ones a voice. */
function noticeBar(m: RoomMembership): RoomNoticeBar | undefined {
  if (!m.info) return "unreachable";
  if (m.info.passwordProtected) return "password";
  if (m.info.membersOnly && m.affiliation === "none") return "members-only";
  if (m.info.moderated && (m.affiliation === "none" || m.affiliation === "unknown")) return "moderated";
  return undefined;
}

/** Rooms whose owners and admins a request can reach, for the plan's question. */
export const requestableRooms = (rooms: PlannedRoom[]): PlannedRoom[] => rooms.filter((r) => r.wanted !== undefined && r.managers.length > 0);
