/**
 * What a move does about each group chat the user bookmarked, decided in the
 * plan from what the old account may do there (XEP-0045 rights).
 */

/** An affiliation in a room; `unknown`: the room would not show the lists that tell. */
export type RoomAffiliation = "owner" | "admin" | "member" | "none" | "unknown";

/**
 * What the old account does for the new address: `grant-owner` (an owner sets
 * the owner list), `grant-member` (an admin sets the member list), `invite` (a
 * member's mediated invitation, which members-only rooms turn into membership
 * where they let members invite), `none` (nothing it may or needs to do).
 */
export type RoomStep = "grant-owner" | "grant-member" | "invite" | "none";

/**
 * Why a room gets no step, or less than the old address had:
 * `not-affiliated` (nothing to carry), `unknown` (the lists were hidden),
 * `no-invites` (a member where members may not invite), `admin-only-members`
 * (an admin may grant membership but not admin), `open-room` (anyone may
 * enter anyway), or the room's error condition when it did not answer.
 */
export type RoomReason = "not-affiliated" | "unknown" | "no-invites" | "admin-only-members" | "open-room" | (string & {});

/** Why the old account does not post the optional notice in a room. */
export type RoomNoticeBar = "members-only" | "moderated" | "password" | "unreachable";

export interface PlannedRoom {
  jid: string;
  /** The nickname of the bookmark, used for the optional notice. */
  nick?: string;
  affiliation: RoomAffiliation;
  step: RoomStep;
  /** The affiliation the old address had and the step cannot give: what a request to the owners asks for. */
  wanted?: "owner" | "admin" | "member";
  reason?: RoomReason;
  /** Owners and admins the old account can see, who may be asked. */
  managers: string[];
  /** Set when the optional notice may not be posted there. */
  noticeBar?: RoomNoticeBar;
}
