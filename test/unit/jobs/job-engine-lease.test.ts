import { describe, it, expect, vi, afterEach } from "vitest";
import Keyv from "keyv";
import { Catalog } from "../../../src/i18n/catalog.ts";
import { createLogger } from "../../../src/log/logger.ts";
import { JobStore } from "../../../src/jobs/job-store.ts";
import { JobEngine } from "../../../src/jobs/job-engine.ts";
import { LEASE_MS } from "../../../src/jobs/job-lease.ts";
import { newJob, type JobKind } from "../../../src/jobs/job.ts";
import type { FlowEvent } from "../../../src/conversation/flow-contract.ts";
import { FakeAccounts } from "../../support/fake-accounts.ts";
import { storeAtomics } from "../../../src/store/atomics.ts";
import { JobAlreadyRunning, JobFinished } from "../../../src/jobs/already-running.ts";
import { jobWording } from "../../../flows/registry.ts";
import { LOCALES_DIR } from "../../support/unit-world.ts";
import { ServerPaces } from "../../../src/jobs/server-pace.ts";

const alice = "alice@old.test";
const target = "alice@new.test";
const contacts = ["romeo@x.test", "nurse@x.test"].map((jid) => ({ jid, groups: [], subscription: "both" as const, subscribe: true, preApprove: true }));

/**
 * Two Ferry instances (JobEngines, each with its own bot account) on one
 * in-memory store, as two processes on one Redis would be, with a shared fake
 * clock for their leases. While `hold` is set, roster writes wait for
 * `letGo()`: a job then stays running.
 */
function twoInstances() {
  const store = new Keyv();
  const catalog = Catalog.load(LOCALES_DIR, { defaultLocale: "en" });
  const accounts = new FakeAccounts();
  accounts.add(alice, "old-pw");
  accounts.add(target, "new-pw");
  const clock = { now: Date.parse("2030-01-01T00:00:00Z") };
  const gate = { hold: false, letGo: () => undefined as void, open: Promise.resolve() };
  gate.open = new Promise<void>((r) => (gate.letGo = r));
  const moves = new JobStore(store, "job");
  const imports = new JobStore(store, "import");

  const instance = (botJid: string) => {
    const notices: string[] = [];
    const events: FlowEvent[] = [];
    const counts = { signIns: 0 };
    const engine = new JobEngine({
      stores: { move: new JobStore(store, "job"), import: new JobStore(store, "import"), restore: new JobStore(store, "restore") },
      log: createLogger("silent"),
      signIn: async (jid, password) => {
        counts.signIns++;
        const session = await accounts.signIn(jid, password);
        return {
          ...session,
          iq: async (type, child, to) => {
            if (type === "set" && gate.hold) await gate.open;
            return session.iq(type, child, to);
          },
        };
      },
      copyProfile: async () => [],
      restorePart: async (part) => ({ item: part, outcome: "none" }),
      publishStatement: async () => undefined,
      paces: new ServerPaces(0),
      botJid,
      noticeText: async () => "moved",
      roomTexts: async () => ({ reason: () => "moved", request: () => "moved", notice: () => "moved" }),
      atomics: storeAtomics(store),
      lease: { now: () => clock.now },
    });
    // Worded as the bot words them, so the tests read what the user would.
    engine.onEvent(async (event) => {
      if (event.type === "progress") return;
      notices.push(...jobWording.messages(catalog, "en", event));
      events.push({ type: "job.finished", status: event.job.status });
    });
    return { engine, notices, events, counts };
  };

  const storeOf = (kind: JobKind) => (kind === "move" ? moves : imports);
  return {
    accounts,
    clock,
    gate,
    a: instance("migrate@old.test"),
    b: instance("migrate2@old.test"),
    /** A's process restarted (A itself died): a new instance on A's bot account. */
    restartedA: () => instance("migrate@old.test"),
    storeOf,
    job: (kind: JobKind = "move") => storeOf(kind).get(alice),
    lease: (kind: JobKind = "move") => storeAtomics(store).lease(`lease:${kind}:${alice}`),
    /** A confirmed move (or import into the account itself), ready to start. */
    async plan(kind: JobKind = "move") {
      await storeOf(kind).save(newJob(kind, `${kind}-1`, alice, kind === "move" ? target : alice, contacts, [], []));
    },
  };
}

/** A job's final report (the refusal also says "when it is done"). */
const REPORT = /^Your \w+ (to|into) \S+ is done/;

const passwords = (kind: JobKind) => (kind === "move" ? { old: "old-pw", new: "new-pw" } : { new: "old-pw" });

type Maybe<T> = T | undefined | false;

async function until<T>(probe: () => Promise<Maybe<T>> | Maybe<T>, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`never: ${what}`);
}

/** Instance A runs the move and is held inside its first roster write. */
async function runningOnA(w: ReturnType<typeof twoInstances>, kind: JobKind = "move") {
  await w.plan(kind);
  w.gate.hold = true;
  await w.a.engine.start(kind, alice, passwords(kind));
  return until(async () => {
    const job = await w.job(kind);
    return job?.status === "running" ? { ...job, lease: await w.lease(kind) } : undefined;
  }, "running on A");
}

afterEach(() => {
  vi.useRealTimers();
});

describe("job leases between instances sharing a store", () => {
  it("a running job names its instance and a lease; another instance's recover leaves it alone while the lease lives", async () => {
    const w = twoInstances();
    const job = await runningOnA(w);
    expect(job.lease).toEqual({ owner: w.a.engine.instance, bot: "migrate@old.test", until: w.clock.now + LEASE_MS });

    await w.b.engine.recover();
    expect(await w.job()).toMatchObject({ status: "running" });
    expect(await w.lease()).toMatchObject({ owner: w.a.engine.instance });
    expect(w.b.notices).toEqual([]);
    w.gate.letGo();
    await until(() => w.a.notices.find((n) => REPORT.test(n)), "A's report");
  });

  it("once A's lease has expired (A died), B's recover marks the job interrupted and tells its user; A, if alive after all, stops without writing", async () => {
    const w = twoInstances();
    await runningOnA(w);
    w.clock.now += LEASE_MS + 1;
    await w.b.engine.recover();
    const job = await w.job();
    expect(job).toMatchObject({ status: "interrupted" });
    expect(await w.lease()).toBeUndefined();
    expect(w.b.notices).toEqual([expect.stringMatching(/^Your move was interrupted/)]);
    expect(w.b.events).toEqual([{ type: "job.finished", status: "interrupted" }]);

    // A was only stalled: its next journal save finds the job is no longer its own.
    w.gate.letGo();
    await w.a.engine.interruptAll();
    expect(await w.job()).toMatchObject({ status: "interrupted" });
    expect(w.a.notices).toEqual([]);
  });

  it("a restart on A's bot account recovers A's jobs at once: one instance per account, so that lease was A's predecessor's", async () => {
    const w = twoInstances();
    await runningOnA(w);
    const again = w.restartedA();
    await again.engine.recover();
    expect(await w.job()).toMatchObject({ status: "interrupted" });
    expect(again.notices).toEqual([expect.stringMatching(/^Your move was interrupted/)]);
    w.gate.letGo();
    await w.a.engine.interruptAll();
  });

  it("B's periodic check notices a lease that expires while B runs, without a restart", async () => {
    const w = twoInstances();
    await runningOnA(w);
    w.b.engine.watch(5);
    w.clock.now += LEASE_MS + 1;
    await until(async () => (await w.job())?.status === "interrupted", "interrupted by B's watch");
    await w.b.engine.interruptAll();
    expect(w.b.notices).toEqual([expect.stringMatching(/^Your move was interrupted/)]);
    w.gate.letGo();
    await w.a.engine.interruptAll();
  });

  it("A's lease is renewed while the job runs, so it outlives the first lease", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const w = twoInstances();
    const first = await runningOnA(w);
    w.clock.now += LEASE_MS - 1;
    vi.advanceTimersByTime(LEASE_MS / 3);
    await until(async () => (await w.lease())?.until !== first.lease?.until, "a renewed lease");
    w.clock.now += LEASE_MS / 2;
    await w.b.engine.recover();
    expect(await w.job()).toMatchObject({ status: "running" });
    expect(await w.lease()).toMatchObject({ owner: w.a.engine.instance });
    w.gate.letGo();
    await w.a.engine.interruptAll();
  });

  it.each(["move", "import"] as const)("B refuses to start a %s A is running (the flow that asked says so)", async (kind) => {
    const w = twoInstances();
    await runningOnA(w, kind);
    await expect(w.b.engine.start(kind, alice, passwords(kind))).rejects.toEqual(new JobAlreadyRunning(kind));
    expect(w.b.counts.signIns).toBe(0);
    expect(await w.job(kind)).toMatchObject({ status: "running" });
    expect(await w.lease(kind)).toMatchObject({ owner: w.a.engine.instance });
    w.gate.letGo();
    await until(() => w.a.notices.find((n) => REPORT.test(n)), "A's report");
    expect(w.b.notices).toEqual([]);
  });

  it("two instances starting the same job at once: one runs it, the other backs off, each contact is asked once", async () => {
    const w = twoInstances();
    await w.plan();
    const started = await Promise.allSettled([w.a.engine.start("move", alice, passwords("move")), w.b.engine.start("move", alice, passwords("move"))]);
    expect(started.filter((s) => s.status === "rejected").map((s) => (s as PromiseRejectedResult).reason)).toEqual([new JobAlreadyRunning("move")]);
    const notices = () => [...w.a.notices, ...w.b.notices];
    await until(() => notices().find((n) => REPORT.test(n)), "a report");
    await Promise.all([w.a.engine.interruptAll(), w.b.engine.interruptAll()]);
    expect(notices().filter((n) => REPORT.test(n))).toHaveLength(1);
    const subscribes = w.accounts.get(target).sent.filter((s) => s.is("presence") && s.attrs.type === "subscribe");
    expect(subscribes.map((s) => s.attrs.to).sort()).toEqual(["nurse@x.test", "romeo@x.test"]);
  });

  it("the lease is cleared when the job finishes", async () => {
    const w = twoInstances();
    expect(await runningOnA(w)).toMatchObject({ lease: { owner: w.a.engine.instance, until: expect.any(Number) } });
    w.gate.letGo();
    await until(() => w.a.notices.find((n) => REPORT.test(n)), "A's report");
    const job = await w.job();
    expect(job?.status).toBe("done");
    expect(await w.lease()).toBeUndefined();
  });

  it("the lease is cleared when the job is cancelled, so B may start the next plan at once", async () => {
    const w = twoInstances();
    expect(await runningOnA(w)).toMatchObject({ lease: { owner: w.a.engine.instance, until: expect.any(Number) } });
    w.a.engine.cancel("move", alice);
    w.gate.letGo();
    await until(() => w.a.notices.find((n) => /was cancelled/.test(n)), "A's report");
    const job = await w.job();
    expect(job?.status).toBe("cancelled");
    expect(await w.lease()).toBeUndefined();
    await w.plan();
    await w.b.engine.start("move", alice, passwords("move"));
    await until(() => w.b.notices.find((n) => REPORT.test(n)), "B's report");
    expect(w.b.notices).toEqual([expect.stringMatching(REPORT)]);
  });

  it("a job another instance finished meanwhile is not run again (a resume that came late)", async () => {
    const w = twoInstances();
    await runningOnA(w);
    w.gate.letGo();
    await until(() => w.a.notices.find((n) => REPORT.test(n)), "A's report");
    await expect(w.b.engine.start("move", alice, passwords("move"))).rejects.toEqual(new JobFinished("move"));
    expect(w.b.counts.signIns).toBe(0);
    expect(w.b.notices).toEqual([]);
  });

  it("a job record from before leases (running, no owner) is recovered as before", async () => {
    const w = twoInstances();
    await w.storeOf("import").save({ ...newJob("import", "old-1", alice, alice, contacts, [], []), status: "running" });
    await w.b.engine.recover();
    expect(await w.job("import")).toMatchObject({ status: "interrupted" });
    expect(w.b.notices).toEqual([expect.stringMatching(/^Your import was interrupted/)]);
    expect(w.b.events).toEqual([{ type: "job.finished", status: "interrupted" }]);
  });
});
