import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";
import { JobStore } from "../../../../src/jobs/job-store.ts";
import { newJob } from "../../../../src/jobs/job.ts";
import { JobLeases } from "../../../../src/jobs/job-lease.ts";
import { storeAtomics } from "../../../../src/store/atomics.ts";
import { pino } from "pino";

const owner = "olivia@old.test";
const ROOM = "club@rooms.old.test";
const NEW_ROOM = "club@rooms.new.test";
type World = ReturnType<typeof unitWorld>;

/** Olivia's room with a password, a subject and members of whom bob moved with Ferry and carol says so in her statement. */
function world(opts: { services?: string[] } = {}) {
  const w = unitWorld({ mucServices: opts.services ?? ["rooms.new.test"] });
  w.accounts.add(owner, "old-pw");
  w.accounts.add("olivia@new.test", "new-pw");
  w.muc.services.add("rooms.old.test").add("rooms.new.test").add("rooms.other.test");
  const room = w.muc.addRoom(
    ROOM,
    owner,
    { "muc#roomconfig_roomname": "Book club", "muc#roomconfig_membersonly": "1", "muc#roomconfig_roomsecret": "s3cret-room", "muc#roomconfig_whois": "anyone" },
    "Next: Middlemarch",
  );
  room.lists.admin.add("bob@old.test");
  room.lists.member.add("carol@old.test").add("dave@old.test");
  room.lists.outcast.add("troll@old.test");
  w.muc.statements.set("carol@old.test", "carol@new.test");
  return { w, room };
}

/** A finished move of `user` in Ferry's store, as the move job leaves it. */
async function moved(w: World, user: string, target: string) {
  const job = newJob("move", `job-${user}`, user, target, [], [], []);
  job.status = "done";
  await new JobStore(w.store, "job").save(job);
}

const chat = async (w: World, text: string) => (await w.chat.handle(owner, text)).join("\n");

/** The chat up to the plan, with the new address creating the room. */
async function planByChat(w: World): Promise<string> {
  await moved(w, owner, "olivia@new.test");
  expect(await chat(w, "move room")).toMatch(/Which room\?/);
  expect(await chat(w, ROOM)).toMatch(/password of this account/);
  expect(await chat(w, "old-pw")).toMatch(/Where should the room go\?[\s\S]*1\. rooms\.new\.test[\s\S]*2\. another service/);
  expect(await chat(w, "1")).toMatch(/Which of your accounts should create the new room[\s\S]*your new address, olivia@new\.test/);
  expect(await chat(w, "1")).toMatch(/password of your new address, olivia@new\.test/);
  return chat(w, "new-pw");
}

describe("move room by chat", () => {
  it("previews what is copied without the password, then creates the new room with the mapped lists before closing the old one", async () => {
    const { w, room } = world();
    await moved(w, "bob@old.test", "bob@new.test");
    const plan = await planByChat(w);
    expect(plan).toContain(`move ${ROOM} to ${NEW_ROOM}, created by olivia@new.test`);
    expect(plan).toMatch(/name “Book club”.*members only: yes.*real addresses visible to: everyone.*password: yes \(the password is copied, not shown\)/s);
    expect(plan).toContain("Subject: “Next: Middlemarch”");
    expect(plan).toMatch(/5 affiliations \(1 owners, 1 admins, 2 members, 1 banned\); 3 of them have moved/);
    expect(plan).toContain("olivia@old.test → olivia@new.test (you, with the room)");
    expect(plan).toContain("bob@old.test → bob@new.test (moved with Ferry)");
    expect(plan).toContain("carol@old.test → carol@new.test (their XEP-0283 statement says so)");
    expect(plan).not.toContain("s3cret-room");
    expect(await chat(w, "1")).toMatch(/Start now\?/);
    expect(await chat(w, "yes")).toMatch(/Moving club@rooms\.old\.test to club@rooms\.new\.test now/);
    const report = await w.untilNotice(/has moved to/);
    expect(report).toMatch(/5 affiliations are in place \(3 under new addresses\)\. The old room is closed/);

    const created = w.muc.rooms.get(NEW_ROOM)!;
    expect([...created.lists.owner]).toEqual(["olivia@new.test"]);
    expect([...created.lists.admin]).toEqual(["bob@new.test"]);
    expect([...created.lists.member].sort()).toEqual(["carol@new.test", "dave@old.test"]);
    expect([...created.lists.outcast]).toEqual(["troll@old.test"]);
    expect(created.subject).toBe("Next: Middlemarch");
    const value = (name: string) => created.config.find((f) => f.var === name)?.values;
    expect(value("muc#roomconfig_roomsecret")).toEqual(["s3cret-room"]);
    expect(value("muc#roomconfig_persistentroom")).toEqual(["1"]);
    expect(value("muc#roomconfig_whois")).toEqual(["anyone"]);
    expect(room.destroyed).toEqual({ venue: NEW_ROOM, reason: `This room moved to ${NEW_ROOM}.` });
    expect(w.notices.some((n) => n.text.includes("s3cret-room"))).toBe(false);
  });

  it("does not start a room's move that another Ferry instance on the same store is running", async () => {
    const { w, room } = world();
    // Another bot account's instance holds the room's lease, as a live instance does while it moves the room.
    const other = await new JobLeases(storeAtomics(w.store), "other-bot@old.test").claim(`room-move:${ROOM}`, pino({ enabled: false }));
    expect(other).toBeDefined();
    await planByChat(w);
    await chat(w, "1");
    expect(await chat(w, "yes")).toMatch(/already being moved/);
    expect(w.muc.rooms.has(NEW_ROOM)).toBe(false);
    expect(room.destroyed).toBeUndefined();
    await other!.release();
  });

  it("says the room sets no history length when its form has none (ejabberd 23.01)", async () => {
    const { w, room } = world();
    room.config = room.config.filter((f) => f.var !== "muc#roomconfig_historylength");
    expect(await planByChat(w)).toMatch(/history: not set by this room, password: yes/);
  });

  // Prosody answers not-allowed, ejabberd forbidden: both mean no room creation there.
  it.each(["not-allowed", "forbidden"])("leaves the old room untouched when the new service refuses to create rooms (%s)", async (condition) => {
    const { w, room } = world();
    w.muc.noCreation.set("rooms.new.test", condition);
    await planByChat(w);
    await chat(w, "1");
    await chat(w, "yes");
    const report = await w.untilNotice(/stopped/);
    expect(report).toMatch(/stopped when creating the new room \(the service does not let this account create rooms\)\. The old room was not changed\./);
    expect(room.destroyed).toBeUndefined();
    expect(room.said).toEqual([]);
  });

  it("does not close the old room when the new one refuses an entry of its lists", async () => {
    const { w, room } = world();
    w.muc.refuseAffiliation.set("troll@old.test", "not-acceptable");
    await planByChat(w);
    await chat(w, "1");
    await chat(w, "yes");
    const report = await w.untilNotice(/stopped/);
    expect(report).toMatch(/because the new room's member lists are not complete/);
    expect(w.notices.map((n) => n.text).join("\n")).toContain("• troll@old.test (outcast): not-acceptable");
    expect(room.destroyed).toBeUndefined();
  });

  it("continues a move that stopped: the room it created is not refused as someone else's, and the old one is closed once", async () => {
    const { w, room } = world();
    w.muc.refuseAffiliation.set("troll@old.test", "not-acceptable");
    await planByChat(w);
    await chat(w, "1");
    await chat(w, "yes");
    await w.untilNotice(/stopped/);
    w.muc.refuseAffiliation.clear();
    w.notices.length = 0;
    expect(await planByChat(w)).toMatch(/this one continues it/);
    await chat(w, "1");
    await chat(w, "yes");
    expect(await w.untilNotice(/has moved to|stopped/)).toMatch(/has moved to/);
    expect(room.destroyed?.venue).toBe(NEW_ROOM);
    expect([...w.muc.rooms.get(NEW_ROOM)!.lists.outcast]).toEqual(["troll@old.test"]);
  });

  it("refuses a room at the target that was there before", async () => {
    const { w, room } = world();
    w.muc.addRoom(NEW_ROOM, "mallory@new.test");
    await planByChat(w);
    await chat(w, "2");
    await chat(w, "yes");
    expect(await w.untilNotice(/stopped/)).toMatch(/a room with that name already exists there/);
    expect(room.said).toEqual([]);
    expect(room.destroyed).toBeUndefined();
  });

  it("can leave the old room open with a message pointing to the new one, created by the old address", async () => {
    const { w, room } = world({ services: [] });
    await chat(w, "move room");
    await chat(w, ROOM);
    expect(await chat(w, "old-pw")).toMatch(/address of the group chat service/);
    expect(await chat(w, "rooms.old.test")).toMatch(/already on that service/);
    expect(await chat(w, "nowhere.test")).toMatch(/could not reach nowhere\.test/);
    expect(await chat(w, "rooms.other.test")).toMatch(/your new address \(I'll ask which\)[\s\S]*this address, olivia@old\.test/);
    expect(await chat(w, "2")).toMatch(/created by olivia@old\.test/);
    await chat(w, "2");
    await chat(w, "yes");
    expect(await w.untilNotice(/has moved to/)).toMatch(/The old room stays open, with a message pointing to the new one/);
    expect(room.said).toEqual(["This room has moved to club@rooms.other.test. Please join us there!"]);
    expect(room.destroyed).toBeUndefined();
    expect([...w.muc.rooms.get("club@rooms.other.test")!.lists.owner]).toEqual(["olivia@old.test"]);
  });

  it("refuses a room the chatting address does not own", async () => {
    const { w } = world();
    w.muc.addRoom("other@rooms.old.test", "mallory@old.test");
    await chat(w, "move room");
    await chat(w, "other@rooms.old.test");
    expect(await chat(w, "old-pw")).toMatch(/You are not an owner of other@rooms\.old\.test[\s\S]*Which room\?/);
  });

  it("still understands `move` alone, and `move room` is not a move to the address \"room\"", async () => {
    const { w } = world();
    expect(await chat(w, "move")).toMatch(/What is your new address\?/);
    await chat(w, "cancel");
    expect(await chat(w, "Move Room")).toMatch(/Which room\?/);
    await chat(w, "cancel");
    expect(await chat(w, `move room ${ROOM}`)).toMatch(/password of this account/);
  });
});

describe("move room by ad-hoc command (node move-room)", () => {
  it("asks the same steps as forms, with the passwords text-private", async () => {
    const { w, room } = world();
    await moved(w, owner, "olivia@new.test");
    const step = async (sessionid: string | undefined, values: Record<string, string[]>) => {
      const r = await w.adhoc.handle({ user: owner, node: "move-room", ...(sessionid ? { sessionid, action: "next" as const, values } : { action: "execute" as const }) });
      if (!("form" in r)) throw new Error(JSON.stringify(r));
      return r;
    };
    const first = await step(undefined, {});
    expect(first.form!.fields.map((f) => [f.var, f.type])).toEqual([
      ["room", "jid-single"],
      ["old-password", "text-private"],
    ]);
    const service = await step(first.sessionid, { room: [ROOM], "old-password": ["old-pw"] });
    expect(service.form!.fields.map((f) => [f.var, f.type])).toEqual([["service", "list-single"]]);
    const creator = await step(first.sessionid, { service: ["rooms.new.test"] });
    const password = await step(first.sessionid, { creator: ["new"] });
    expect(password.form!.fields.map((f) => [f.var, f.type])).toEqual([["new-password", "text-private"]]);
    const plan = await step(first.sessionid, { "new-password": ["new-pw"] });
    expect(plan.form!.instructions.join("\n")).toContain(`move ${ROOM} to ${NEW_ROOM}`);
    expect(plan.form!.fields.map((f) => [f.var, f.type])).toEqual([
      ["old-room", "list-single"],
      ["confirm", "boolean"],
    ]);
    const end = await w.adhoc.handle({ user: owner, node: "move-room", sessionid: first.sessionid, action: "complete", values: { "old-room": ["destroy"], confirm: ["1"] } });
    expect(JSON.stringify(end)).toMatch(/Moving club@rooms\.old\.test/);
    await w.untilNotice(/has moved to/);
    expect(room.destroyed?.venue).toBe(NEW_ROOM);
    void creator;
  });
});
