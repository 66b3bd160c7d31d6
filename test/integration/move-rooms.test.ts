import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { integrationWorld, BOT } from "../support/integration-world.ts";
import { serverKinds } from "../support/test-servers.ts";
import type { ServerKind } from "../../src/devserver/xmpp-test-server.ts";
import { ferryProcesses } from "../support/ferry-process.ts";
import { XmppUser } from "../support/xmpp-user.ts";
import { affiliate, affiliationList, bookmark, createRoom, invitationsFrom, MEMBERS_INVITE_FIELD } from "../support/rooms.ts";

type World = Awaited<ReturnType<typeof integrationWorld>>;

const MUC = "rooms.old.test";
const MEMBERS_ONLY = { "muc#roomconfig_membersonly": "1", "muc#roomconfig_whois": "anyone" };

/**
 * The mover `local`@old.test is owner of a-`local`, admin of b-`local` (owned by
 * olga), member of c-`local` (members-only, members may invite) and of
 * d-`local` (members-only, they may not); the rooms are bookmarked both ways.
 */
async function roomsOf(w: World, kind: ServerKind, olga: XmppUser, local: string) {
  const room = (x: string) => `${x}-${local}@${MUC}`;
  const rooms = { a: room("a"), b: room("b"), c: room("c"), d: room("d") };
  await w.server.register(local, "old.test", `${local}-old`);
  await w.server.register(local, "new.test", `${local}-new`);
  const mover = await XmppUser.connect(w.server.service, `${local}@old.test`, `${local}-old`);
  await createRoom(mover, rooms.a);
  await createRoom(olga, rooms.b);
  await affiliate(olga, rooms.b, mover.jid, "admin");
  await createRoom(olga, rooms.c, { ...MEMBERS_ONLY, [MEMBERS_INVITE_FIELD[kind]]: "1" });
  await affiliate(olga, rooms.c, mover.jid, "member");
  await createRoom(olga, rooms.d, { ...MEMBERS_ONLY, [MEMBERS_INVITE_FIELD[kind]]: "0" });
  await affiliate(olga, rooms.d, mover.jid, "member");
  await bookmark(mover, kind, [rooms.a, rooms.b], [rooms.c, rooms.d]);
  const newcomer = await XmppUser.connect(w.server.service, `${local}@new.test`, `${local}-new`);
  return { rooms, mover, newcomer };
}

/** The chat up to the plan's questions; resolves with the plan as the bot wrote it. */
async function planMove(mover: XmppUser, local: string): Promise<string> {
  await mover.sayUntil(BOT, "move", /new address/);
  await mover.sayUntil(BOT, `${local}@new.test`, /new account/);
  await mover.sayUntil(BOT, `${local}-new`, /this account/);
  return mover.sayUntil(BOT, `${local}-old`, /start now/, 60_000);
}

describe.each(serverKinds())("a move takes the user's group chat memberships along (real %s MUC)", (kind) => {
  let w: World;
  let olga: XmppUser;
  const processes = ferryProcesses();
  beforeAll(async () => {
    w = await integrationWorld({ kind, muc: true });
    olga = await w.user("olga");
  });
  afterAll(async () => {
    processes.killAll();
    await w?.close();
  });

  it("gives the new address the old one's place in each room, or says why not and asks the owners", async () => {
    const { rooms, mover, newcomer } = await roomsOf(w, kind, olga, "erin");
    await w.startBot();
    const plan = await planMove(mover, "erin");
    expect(plan).toContain(`${rooms.a} (you: owner): I'll make the new address an owner.`);
    expect(plan).toContain(`${rooms.b} (you: admin): I'll make the new address a member; an admin can grant membership but not admin`);
    expect(plan).toContain(`${rooms.c} (you: member): I'll invite the new address`);
    expect(plan).toContain(`${rooms.d} (you: member): nothing to do; members may not invite there`);
    await mover.sayUntil(BOT, "yes", /also send/);
    await mover.sayUntil(BOT, "no", /post a short message/);
    await mover.sayUntil(BOT, "yes", /send their owners and admins/);
    await mover.sayUntil(BOT, "yes", /words of that request/);
    await mover.sayUntil(BOT, "skip", /Moving to/);
    const report = await mover.waitForReply(BOT, /is done/, 0, 60_000);

    expect(await affiliationList(mover, rooms.a, "owner")).toContain("erin@new.test");
    expect(await affiliationList(olga, rooms.b, "member")).toContain("erin@new.test");
    expect(await affiliationList(olga, rooms.c, "member")).toContain("erin@new.test");
    expect(await affiliationList(olga, rooms.d, "member")).not.toContain("erin@new.test");
    // D's owner got the request from the old address, naming the room and the new address.
    const request = olga.bodiesFrom("erin@old.test").find((b) => b.includes(rooms.d));
    expect(request).toMatch(/make erin@new\.test a member/);
    // The notice was said in the rooms the old address may speak in (olga sits in C).
    expect(olga.inbox.some((s) => s.is("message") && s.attrs.type === "groupchat" && String(s.attrs.from).startsWith(rooms.c) && /moved to a new address: erin@new\.test/.test(s.getChildText("body") ?? ""))).toBe(true);

    expect(report).toContain(`${rooms.a} (you: owner): the new address is now an owner.`);
    expect(report).toContain(`${rooms.b} (you: admin): the new address is now a member.`);
    expect(report).toContain(`${rooms.c} (you: member): I invited the new address`);
    expect(report).toMatch(new RegExp(`${rooms.d.replace(/\./g, "\\.")} \\(you: member\\): nothing done\\.\\n  members may not invite there[^\\n]*\\n  I asked its owner or admin to make the new address a member\\.`));
    if (kind === "prosody") {
      // Prosody hides B's owners from an admin: the report says so instead of asking.
      expect(report).toMatch(/Its owners and admins are not visible to this account/);
    } else {
      // ejabberd shows an admin the owner list, so B's owner olga was asked too.
      expect(olga.bodiesFrom("erin@old.test").find((b) => b.includes(rooms.b))).toMatch(/make erin@new\.test an admin/);
    }
    expect(invitationsFrom(newcomer, MUC)).toHaveLength(1);
    await w.stopBot();
  });

  it("after a crash in the middle of the rooms, resumes without a second invitation or grant", async () => {
    const { rooms, mover, newcomer } = await roomsOf(w, kind, olga, "finn");
    // Slow (2 stanzas a second) so the kill lands between C's invitation and its journal entry as done.
    const first = processes.start(w.env({ FERRY_SERVER_RATE: "2" }));
    await first.waitForOutput(/"msg":"online"/);
    await planMove(mover, "finn");
    await mover.sayUntil(BOT, "yes", /also send/);
    await mover.sayUntil(BOT, "no", /post a short message/);
    await mover.sayUntil(BOT, "no", /send their owners and admins/);
    await mover.sayUntil(BOT, "no", /words of that request/);
    await mover.sayUntil(BOT, "skip", /Moving to/);
    await newcomer.waitFor(() => invitationsFrom(newcomer, MUC).length > 0, 60_000);
    first.child.kill("SIGKILL");
    await first.exited;

    const second = processes.start(w.env({ FERRY_SERVER_RATE: "0" }));
    await second.waitForOutput(/"msg":"online"/);
    await mover.waitForReply(BOT, /Your move was interrupted/);
    await mover.sayUntil(BOT, "resume", /password of your new account/);
    await mover.sayUntil(BOT, "finn-new", /this account/);
    const report = await mover.sayUntil(BOT, "finn-old", /is done/, 30_000);
    expect(report).toContain(`${rooms.c} (you: member): I invited the new address`);
    expect(report).toMatch(/You chose not to ask its owners and admins/);
    await new Promise((r) => setTimeout(r, 500));
    expect(invitationsFrom(newcomer, MUC)).toHaveLength(1);
    expect(await affiliationList(mover, rooms.a, "owner")).toContain("finn@new.test");
    expect(await affiliationList(olga, rooms.b, "member")).toContain("finn@new.test");
    expect(await affiliationList(olga, rooms.c, "member")).toContain("finn@new.test");
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  });
});
