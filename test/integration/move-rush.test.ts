import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { integrationWorld, BOT } from "../support/integration-world.ts";
import { seedRoster } from "../../src/devserver/seed-roster.ts";
import { XmppUser } from "../support/xmpp-user.ts";
import { startCommand, notesOf, fieldValue } from "../support/adhoc.ts";
import { sentPresencePlugin, sentPresences } from "../support/sent-presences.ts";
import { signIn } from "../../src/protocol/connection/account-session.ts";
import { readRoster } from "../../src/protocol/account/roster.ts";
import { userWasSubscribedTo, contactWasSubscribedToUser, type Contact } from "../../src/core/contact.ts";

type World = Awaited<ReturnType<typeof integrationWorld>>;

const USERS = 50;
const BOSS = "boss@old.test";
/** Contacts are drawn from one small pool, so most are shared by many users: a job writing another user's roster would show. */
const POOL = Array.from({ length: 20 }, (_, i) => `pal${i + 1}@${i % 4 === 3 ? "new" : "old"}.test`);
const SUBSCRIPTIONS = [{ subscription: "both" }, { subscription: "to" }, { subscription: "from" }, { subscription: "none", ask: true }, { subscription: "none" }] as const;

const local = (i: number) => `mover${i}`;
/**
 * User i's 5–8 contacts. Names and groups carry the user's number, so a
 * contact that lands on the wrong account, or with another user's name for
 * it, cannot pass for the right one.
 */
function rosterOf(i: number): Contact[] {
  return Array.from({ length: 5 + (i % 4) }, (_, k) => ({
    // A step of 3 through 20 JIDs: the first 8 are distinct.
    jid: POOL[(i + 3 * k) % POOL.length]!,
    name: `Pal ${k} of ${i}`,
    groups: k % 3 === 0 ? [] : k % 3 === 1 ? [`Team ${i}`] : [`Team ${i}`, "Shared"],
    ...SUBSCRIPTIONS[(i + k) % SUBSCRIPTIONS.length]!,
  }));
}

/** Every distinct `moverN@host` a text names. */
const moversNamed = (text: string) => [...new Set(text.match(/\bmover\d+@(old|new)\.test\b/g) ?? [])];

describe("fifty users move at once (real Prosody)", () => {
  let w: World;
  const movers: XmppUser[] = [];
  let boss: XmppUser;
  let bystander: XmppUser;

  beforeAll(async () => {
    w = await integrationWorld({ plugins: sentPresencePlugin });
    // A server rate, so the fifty jobs share it in turns (and are still running when `help` comes).
    await w.startBot({ FERRY_ADMINS: BOSS, FERRY_SERVER_RATE: "200" });
    boss = await w.user("boss");
    bystander = await w.user("bystander");
    for (let i = 1; i <= USERS; i++) {
      // Seeded before the account signs in: Prosody reads the roster at sign-in.
      await seedRoster(w.server, local(i), "old.test", rosterOf(i));
      await w.server.register(local(i), "new.test", `${local(i)}-new`);
    }
    // Signing in is the only way to talk to the bot as that user; one connection each, no more.
    for (let i = 1; i <= USERS; i++) movers.push(await w.user(local(i), "old.test", `${local(i)}-old`));
  }, 120_000);
  afterAll(async () => w?.close());

  it("every job finishes with only its own contacts, each user hears only of their own move, stats count 50, and `help` is answered meanwhile", async () => {
    // Up to the confirm form, one user after another: nothing has started yet.
    const commands = await Promise.all(
      movers.map(async (u, n) => {
        const command = await startCommand(u, "move");
        const confirm = await command.submit({ "new-jid": `${local(n + 1)}@new.test`, "new-password": `${local(n + 1)}-new`, "old-password": `${local(n + 1)}-old` });
        expect(confirm.attrs.status, u.jid).toBe("executing");
        return command;
      }),
    );
    // The rush: all fifty confirms leave in the same tick. Each is answered once the bot has
    // signed in to both of that user's accounts and the job runs.
    const sentAt = Date.now();
    const started = await Promise.all(commands.map((c) => c.submit({ confirm: "true", notify: "false" })));
    const confirmed = Date.now() - sentAt;
    started.forEach((done, n) => expect(notesOf(done).join("\n"), local(n + 1)).toMatch(new RegExp(`Moving to ${local(n + 1)}@new\\.test now`)));

    // Someone else asks for help while the fifty run; the bot answers within a couple of seconds.
    const asked = Date.now();
    const [menu] = await bystander.say(BOT, "help", { timeoutMs: 2_000 });
    const answeredIn = Date.now() - asked;
    expect(menu).toMatch(/^Hi! I'm Ferry/);
    const reported = () => movers.filter((u) => u.bodiesFrom(BOT).some((b) => /is done/.test(b))).length;
    // Answered in the rush, not after it.
    expect(reported()).toBeLessThan(USERS);

    const reports = await Promise.all(movers.map((u) => u.waitForReply(BOT, /is done/, 0, 60_000)));
    reports.forEach((report, n) => {
      const i = n + 1;
      const size = rosterOf(i).length;
      expect(report, local(i)).toMatch(new RegExp(`Of ${size} roster entries: ${size} moved .*, 0 failed, 0 skipped\\.`));
      // Everything the bot told this user names their own two accounts and no one else's.
      const own = [`${local(i)}@old.test`, `${local(i)}@new.test`];
      expect(moversNamed(report).filter((j) => !own.includes(j)), local(i)).toEqual([]);
      expect(report, local(i)).toContain(`${local(i)}@new.test`);
    });

    // Each new account holds exactly its user's contacts, once each, with their names and groups.
    const serviceMap = Object.fromEntries(w.server.hosts.map((h) => [h, w.server.service]));
    for (let i = 1; i <= USERS; i++) {
      const target = await signIn(`${local(i)}@new.test`, `${local(i)}-new`, { serviceMap });
      const roster = await readRoster(target);
      await target.close();
      const shape = (c: Pick<Contact, "jid" | "name" | "groups">) => ({ jid: c.jid, name: c.name, groups: [...c.groups].sort() });
      const byJid = (a: { jid: string }, b: { jid: string }) => a.jid.localeCompare(b.jid);
      expect(roster.map(shape).sort(byJid), local(i)).toEqual(rosterOf(i).map(shape).sort(byJid));
    }

    // At the server: each new account asked each of its own contacts it followed exactly once,
    // pre-approved each that followed it, and sent nobody else anything.
    const sent = (await sentPresences(w.server)).filter((p) => p.from.endsWith("@new.test"));
    const key = (p: { from: string; to: string; type: string }) => `${p.from} ${p.type} ${p.to}`;
    const expected = Array.from({ length: USERS }, (_, n) =>
      rosterOf(n + 1).flatMap((c) => [
        ...(userWasSubscribedTo(c) ? [{ from: `${local(n + 1)}@new.test`, to: c.jid, type: "subscribe" }] : []),
        ...(contactWasSubscribedToUser(c) ? [{ from: `${local(n + 1)}@new.test`, to: c.jid, type: "subscribed" }] : []),
      ]),
    ).flat();
    expect(sent.map(key).sort()).toEqual(expected.map(key).sort());
    expect(sent.filter((p) => p.type === "subscribe").every((p) => p.moved)).toBe(true);

    // The admin's stats: fifty moved.
    const stats = await startCommand(boss, "stats");
    expect(stats.first.attrs.status).toBe("completed");
    expect(notesOf(stats.first)[0]).toMatch(/Moved\s+50\n/);
    // No upload service here: the JSON comes in the result form.
    const json = JSON.parse(fieldValue(stats.first, "export")!) as { users: Record<string, number> };
    expect(json.users).toMatchObject({ moved: USERS, "in-progress": 0, failed: 0 });

    console.info(`rush: 50 confirms answered in ${confirmed} ms, help in ${answeredIn} ms`);
  }, 120_000);
});
