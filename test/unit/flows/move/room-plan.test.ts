import { describe, expect, it } from "vitest";
import { planRoom, requestableRooms } from "../../../../flows/move/room-plan.ts";
import type { RoomMembership } from "../../../../src/protocol/muc/room-membership.ts";
import type { RoomInfo } from "../../../../src/protocol/muc/room-info.ts";

const info = (more: Partial<RoomInfo> = {}): RoomInfo => ({ membersOnly: true, moderated: false, passwordProtected: false, contacts: [], ...more });
const room = (more: Partial<RoomMembership>): RoomMembership => ({ jid: "r@rooms.test", affiliation: "member", info: info(), managers: [], hidden: [], ...more });

describe("planRoom: what the old account's own rights let it do for the new address", () => {
  it("an owner makes it owner; an admin makes it a member and leaves admin to a request", () => {
    expect(planRoom(room({ affiliation: "owner" }))).toMatchObject({ step: "grant-owner" });
    expect(planRoom(room({ affiliation: "owner" })).wanted).toBeUndefined();
    expect(planRoom(room({ affiliation: "admin" }))).toMatchObject({ step: "grant-member", wanted: "admin", reason: "admin-only-members" });
  });

  it("a member invites where members may invite, and otherwise can only ask for membership", () => {
    expect(planRoom(room({ info: info({ allowInvites: true }) }))).toMatchObject({ step: "invite" });
    expect(planRoom(room({ info: info({ allowInvites: false }) }))).toMatchObject({ step: "none", wanted: "member", reason: "no-invites" });
    // A room that does not say whether members may invite is not assumed to let them.
    expect(planRoom(room({}))).toMatchObject({ step: "none", reason: "no-invites" });
  });

  it("hidden lists: only the invitation is tried (a members-only room refuses it unseen), nothing is asked for", () => {
    expect(planRoom(room({ affiliation: "unknown", info: info({ allowInvites: true }) }))).toMatchObject({ step: "invite", reason: "unknown" });
    const hidden = planRoom(room({ affiliation: "unknown", info: info({ allowInvites: false }) }));
    expect(hidden).toMatchObject({ step: "none", reason: "unknown" });
    expect(hidden.wanted).toBeUndefined();
    expect(planRoom(room({ affiliation: "unknown", info: info({ membersOnly: false, allowInvites: true }) }))).toMatchObject({ step: "none", reason: "open-room" });
  });

  it("nothing to carry without an affiliation, and a room that did not answer says why", () => {
    expect(planRoom(room({ affiliation: "none", info: info({ membersOnly: false }) }))).toMatchObject({ step: "none", reason: "not-affiliated" });
    expect(planRoom(room({ affiliation: "unknown", info: undefined, error: "item-not-found" }))).toMatchObject({ step: "none", reason: "item-not-found", noticeBar: "unreachable" });
  });

  it("the optional notice only where the old address may enter and speak", () => {
    expect(planRoom(room({ affiliation: "member" })).noticeBar).toBeUndefined();
    expect(planRoom(room({ affiliation: "none" })).noticeBar).toBe("members-only");
    expect(planRoom(room({ affiliation: "unknown", info: info({ membersOnly: false, moderated: true }) })).noticeBar).toBe("moderated");
    expect(planRoom(room({ affiliation: "owner", info: info({ passwordProtected: true }) })).noticeBar).toBe("password");
  });

  it("a request is offered only where someone can be asked", () => {
    const rooms = [room({ affiliation: "admin", managers: [] }), room({ jid: "d@rooms.test", info: info({ allowInvites: false }), managers: ["olga@x.test"] })].map(planRoom);
    expect(requestableRooms(rooms).map((r) => r.jid)).toEqual(["d@rooms.test"]);
  });
});
