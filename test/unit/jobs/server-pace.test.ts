import { runnerDeps } from "../../support/runner-deps.ts";
import { describe, it, expect, vi, beforeEach, afterEach } from "vitest";
import { ServerPace, ServerPaces, type ServerLane } from "../../../src/jobs/server-pace.ts";
import { runJob } from "../../../src/jobs/job-runner.ts";
import { newJob, type Job } from "../../../src/jobs/job.ts";
import { FakeAccounts } from "../../support/fake-accounts.ts";

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

/** A sender that keeps `window` stanzas waiting on its lane until stopped; counts what it got out, and when. */
function flood(lane: ServerLane, window = 16) {
  const sent: number[] = [];
  let stopped = false;
  const worker = async () => {
    while (!stopped) {
      await lane.take();
      if (!stopped) sent.push(Date.now());
    }
  };
  const all = Promise.all(Array.from({ length: window }, worker));
  return {
    sent,
    stop: async () => {
      stopped = true;
      // The stanzas still waiting get their turns and send nothing.
      await vi.runAllTimersAsync();
      await all;
    },
  };
}

const policyViolation = Object.assign(new Error("policy-violation"), { name: "StanzaError", condition: "policy-violation", type: "cancel" });
const busy = Object.assign(new Error("resource-constraint"), { name: "StanzaError", condition: "resource-constraint", type: "wait" });

describe("one pace per server (FERRY_SERVER_RATE)", () => {
  it("shares the rate between two jobs going to one server: together at most the setting, each about half", async () => {
    const paces = new ServerPaces(20);
    const a = flood(paces.of("new.test").join());
    const b = flood(paces.of("NEW.test").join());
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all([a.stop(), b.stop()]);
    // 10 s at 20 a second, the first one at once.
    expect(a.sent.length + b.sent.length).toBeLessThanOrEqual(201);
    expect(a.sent.length + b.sent.length).toBeGreaterThanOrEqual(199);
    expect(Math.abs(a.sent.length - b.sent.length)).toBeLessThanOrEqual(1);
    // And never more than the setting in any one second.
    const all = [...a.sent, ...b.sent].sort((x, y) => x - y);
    for (let i = 20; i < all.length; i++) expect(all[i]! - all[i - 20]!).toBeGreaterThanOrEqual(1000);
  });

  it("tells of each stanza that leaves, with its server's domain (what the metrics count)", async () => {
    const paces = new ServerPaces(0);
    const heard: string[] = [];
    paces.onSent((server) => heard.push(server));
    const lane = paces.of("New.test").join();
    await lane.take();
    await lane.take();
    await paces.of("two.test").join().take();
    expect(heard).toEqual(["new.test", "new.test", "two.test"]);
  });

  it("gives jobs going to two different servers the full rate each", async () => {
    const paces = new ServerPaces(20);
    const a = flood(paces.of("one.test").join());
    const b = flood(paces.of("two.test").join());
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all([a.stop(), b.stop()]);
    expect(a.sent.length).toBeGreaterThanOrEqual(199);
    expect(b.sent.length).toBeGreaterThanOrEqual(199);
  });

  it("tells each job its share of the server, which grows back as jobs leave", () => {
    const pace = new ServerPace(20);
    const first = pace.join();
    expect(first.perSecond).toBe(20);
    const lanes = Array.from({ length: 4 }, () => pace.join());
    expect(first.perSecond).toBe(4);
    for (const lane of lanes) lane.leave();
    expect(first.perSecond).toBe(20);
    expect(new ServerPace(0).join().perSecond).toBe(0);
  });
});

describe("fair turns between jobs going to one server", () => {
  const contactsOf = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ jid: `${tag}${i}@x.test`, groups: [], subscription: "none" as const, subscribe: false, preApprove: false }));

  /** An import into `target` through the job runner, as the engine runs it: a lane of the server's pace, windows and all. */
  async function importJob(accounts: FakeAccounts, pace: ServerPace, target: string, contacts: number) {
    accounts.add(target, "pw");
    const job = newJob("import", `job-${target}`, target, target, contactsOf(contacts, target.split("@")[0]!), [], []);
    const lane = pace.join();
    const finished = runJob(job, { target: await accounts.signIn(target, "pw") }, runnerDeps({ lanes: { target: lane } })).then((j: Job) => {
      lane.leave();
      return { job: j, at: Date.now() };
    });
    return { job, finished };
  }

  it("lets fifty small moves finish long before a big one that started first", async () => {
    const accounts = new FakeAccounts();
    const pace = new ServerPace(20);
    const start = Date.now();
    const big = await importJob(accounts, pace, "big@new.test", 2000);
    await vi.advanceTimersByTimeAsync(5_000);
    const small = await Promise.all(Array.from({ length: 50 }, (_, i) => importJob(accounts, pace, `small${i}@new.test`, 10)));
    await vi.advanceTimersByTimeAsync(200_000);
    const bigDone = await big.finished;
    const smallDone = await Promise.all(small.map((s) => s.finished));
    expect([bigDone, ...smallDone].every((r) => r.job.status === "done")).toBe(true);
    // 50 × 11 stanzas (a roster read and ten writes) at most at 20 a second, shared with the big move: under a minute.
    const lastSmall = Math.max(...smallDone.map((r) => r.at));
    expect(lastSmall - start).toBeLessThan(5_000 + 60_000);
    // The big move (2001 stanzas) needs 100 s on its own; the small ones took their turns beside it.
    expect(bigDone.at - start).toBeGreaterThanOrEqual(127_000);
    expect(bigDone.at - lastSmall).toBeGreaterThan(60_000);
  });
});

describe("backing off when a server asks Ferry to slow down", () => {
  /** Stanzas one greedy job gets out in `ms`. */
  async function sentIn(lane: ServerLane, ms: number): Promise<number> {
    const f = flood(lane);
    await vi.advanceTimersByTimeAsync(ms);
    await f.stop();
    return f.sent.length;
  }

  it("halves the server's rate for every job going there after a policy-violation, then recovers gradually", async () => {
    const pace = new ServerPace(20);
    const lane = pace.join();
    const other = pace.join();
    expect(await sentIn(lane, 10_000)).toBeGreaterThanOrEqual(199);
    other.heard(policyViolation, Date.now());
    expect(pace.perSecond).toBe(10);
    // The other job going to that server is slowed too.
    expect(await sentIn(lane, 5_000)).toBeLessThanOrEqual(51);
    // Each calm 10 s gives back a tenth of the setting.
    expect(pace.perSecond).toBe(10);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(pace.perSecond).toBe(12);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(pace.perSecond).toBe(20);
  });

  it("slows down on a `wait` error as well, but not on other refusals", () => {
    const pace = new ServerPace(20);
    const lane = pace.join();
    lane.heard(Object.assign(new Error("item-not-found"), { name: "StanzaError", condition: "item-not-found", type: "cancel" }), Date.now());
    expect(pace.perSecond).toBe(20);
    lane.heard(busy, Date.now());
    expect(pace.perSecond).toBe(10);
  });

  it("halves once for a window refused together, again for a refusal of what was sent after, never below a sixteenth", () => {
    const pace = new ServerPace(32);
    const lane = pace.join();
    const sentAt = Date.now();
    vi.advanceTimersByTime(100);
    for (let i = 0; i < 64; i++) lane.heard(policyViolation, sentAt);
    expect(pace.perSecond).toBe(16);
    vi.advanceTimersByTime(100);
    lane.heard(policyViolation, sentAt);
    expect(pace.perSecond).toBe(16);
    for (let i = 0; i < 10; i++) lane.heard(policyViolation, Date.now());
    expect(pace.perSecond).toBe(2);
  });

  it("slows the server when a job's roster write is refused with policy-violation", async () => {
    const accounts = new FakeAccounts();
    const paces = new ServerPaces(20);
    accounts.add("alice@new.test", "pw");
    accounts.rejectRosterWrites.set("c0@x.test", "policy-violation");
    const job = newJob("import", "job-1", "alice@new.test", "alice@new.test", [{ jid: "c0@x.test", groups: [], subscription: "none", subscribe: false, preApprove: false }], [], []);
    const done = runJob(job, { target: await accounts.signIn("alice@new.test", "pw") }, runnerDeps({ lanes: { target: paces.of("new.test").join() } }));
    await vi.runAllTimersAsync();
    await done;
    expect(job.contacts[0]!.error).toBe("policy-violation");
    expect(paces.of("new.test").perSecond).toBe(10);
    expect(paces.of("other.test").perSecond).toBe(20);
  });
});
