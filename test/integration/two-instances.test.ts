import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { integrationWorld, BOT, BOT_PASSWORD } from "../support/integration-world.ts";
import { seedRoster } from "../../src/devserver/seed-roster.ts";
import { ferryProcesses } from "../support/ferry-process.ts";
import { XmppUser } from "../support/xmpp-user.ts";
import { sentPresencePlugin, requestsSentBy } from "../support/sent-presences.ts";
import { storeBackends } from "../support/store-backends.ts";
import { startMoveInChat, askToResume, givePasswords, type ChatMove } from "../support/chat-move.ts";
import { storeAtomics } from "../../src/store/atomics.ts";
import { notesOf } from "../support/adhoc.ts";

type World = Awaited<ReturnType<typeof integrationWorld>>;

/** The second instance's own bot account: one instance per account. */
const BOT2 = "migrate2@old.test";
const BOT2_PASSWORD = "bot2-secret-pw";
const CONTACTS = 40;
/** Short, so a dead instance's job is free again in seconds; renewed every second. */
const LEASE_MS = 3000;

/** The job's report (the refusal also says "when it is done"). */
const REPORT = /^Your move to \S+ is done/m;
const ALREADY_RUNNING = /This move is already running, so I did not start it a second time/;
const INTERRUPTED = /Your move was interrupted/;

/** Everything either bot said to `user`, oldest first per bot. */
const saidBy = (user: XmppUser) => [...user.bodiesFrom(BOT), ...user.bodiesFrom(BOT2)];

// Only the stores several instances can share.
const backends = storeBackends().filter((b) => b.name !== "sqlite");

describe.each(backends)("two Ferry instances on one $name store (real Prosody, real processes)", (backend) => {
  let w: World;
  const processes = ferryProcesses();
  beforeAll(async () => {
    w = await integrationWorld({ plugins: sentPresencePlugin });
    await w.server.register("migrate2", "old.test", BOT2_PASSWORD);
  });
  afterAll(async () => {
    processes.killAll();
    await w?.close();
  });

  /** An instance on the shared store; 10 stanzas/s, so a 40-contact move takes seconds and a kill lands mid-way. */
  const instance = async (bot: { jid: string; password: string }) => {
    const p = processes.start(
      w.env({
        FERRY_JID: bot.jid,
        FERRY_PASSWORD: bot.password,
        FERRY_STORE: backend.url,
        FERRY_SERVER_RATE: "10",
        FERRY_JOB_LEASE_MS: String(LEASE_MS),
        FERRY_SCHEDULER_INTERVAL_MS: "250",
      }),
    );
    await p.waitForOutput(/"msg":"online"/);
    return p;
  };
  const botA = { jid: BOT, password: BOT_PASSWORD };
  const botB = { jid: BOT2, password: BOT2_PASSWORD };

  it("runs each job once, and the other instance takes a killed one's job over only once its lease lapsed", async () => {
    const local = `alice-${backend.name}`;
    const user = `${local}@old.test`;
    const move: ChatMove = { target: `${local}@new.test`, newPassword: "alice-new", oldPassword: "alice-old" };
    await w.server.register(local, "old.test", move.oldPassword);
    await w.server.register(local, "new.test", move.newPassword);
    const contacts = Array.from({ length: CONTACTS }, (_, i) => `pal${i}-${backend.name}@old.test`);
    await seedRoster(w.server, local, "old.test", contacts.map((jid) => ({ jid, groups: [], subscription: "both" as const })));
    const requests = () => requestsSentBy(w.server, move.target);
    const store = storeAtomics(await backend.open({ namespace: "ferry" }));

    const [a, b] = await Promise.all([instance(botA), instance(botB)]);
    const alice = await XmppUser.connect(w.server.service, user, move.oldPassword);

    // 1. A runs the move; B, asked while it runs, does not run it a second time (the chat is in the
    //    shared store: B answers from the conversation A's move left waiting for the job).
    await startMoveInChat(alice, BOT, move);
    await alice.sayUntil(BOT2, "resume", /I'm still working on it/);
    await expect.poll(async () => Object.keys(await requests()).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(5);

    // 2. A dies mid-move. Its lease stays until it lapses; only then does B mark the job interrupted and tell the user.
    a.child.kill("SIGKILL");
    await a.exited;
    const lease = await store.lease(`lease:move:${user}`);
    expect(lease).toMatchObject({ bot: BOT });
    expect(Object.keys(await requests()).length).toBeLessThan(CONTACTS);
    await alice.waitForReply(BOT2, INTERRUPTED, 0, LEASE_MS + 10_000);
    const toldAt = Date.now();
    expect(toldAt).toBeGreaterThanOrEqual(lease!.until);

    // 3. A restarted offers to resume (ad-hoc: a conversation apart from the chat, whose session
    //    the instances share) while the job is interrupted; B resumes it in chat meanwhile, so when
    //    A gets the passwords the job is B's: A refuses, and B's run is the only one.
    const a2 = await instance(botA);
    const offer = await alice.command(`${BOT}/ferry`, "resume");
    expect(offer.attrs.status).toBe("executing");
    await askToResume(alice, BOT2);
    await givePasswords(alice, BOT2, move, /Moving to/);
    const refused = await alice.command(`${BOT}/ferry`, "resume", { sessionid: offer.attrs.sessionid, values: { "new-password": move.newPassword, "old-password": move.oldPassword } });
    expect(notesOf(refused).join("\n")).toMatch(ALREADY_RUNNING);
    expect(notesOf(refused).join("\n")).not.toMatch(/Moving to/);
    const report = await alice.waitForReply(BOT2, REPORT, 0, 30_000);
    expect(report).toMatch(new RegExp(`Of ${CONTACTS} roster entries: ${CONTACTS} moved`));

    // Everyone was asked exactly once, over the kill, the takeover and the refused second start; one report.
    await new Promise((r) => setTimeout(r, 500));
    expect(await requests()).toEqual(Object.fromEntries(contacts.map((c) => [c, 1])));
    expect(saidBy(alice).filter((t) => REPORT.test(t))).toHaveLength(1);
    expect(saidBy(alice).filter((t) => INTERRUPTED.test(t))).toHaveLength(1);

    // Stopped before the other store's turn: the same bot accounts sign in there.
    await alice.stop();
    for (const p of [a2, b]) p.child.kill("SIGTERM");
    expect(await Promise.all([a2.exited, b.exited])).toEqual([0, 0]);
  });
});
