/**
 * Benchmark 3: an N-contact move (roster items with names and groups, moved
 * subscription requests, pre-approvals, the XEP-0283 statement) at
 * FERRY_SERVER_RATE=0, through Ferry's job machinery called directly
 * (newJob + runJob + JobStore + publishMovedStatement, copyProfile timed
 * apart), against a minimal script that sends the same stanzas pipelined
 * (lib/move-stanzas.ts). Ferry and the script take turns, at least three
 * times each, the first to go alternating; the medians are compared.
 *
 * Every run is checked before its time counts: the job ended done with every
 * contact moved and none failed, the target holds every planned contact, and
 * Ferry sent exactly as many stanzas as the script (the profile copy apart).
 *
 * Each run gets its own old and its own empty target account, so all start
 * from the same state. The plan is made by planMigration from a generated
 * roster, as the move flow does from the old account's roster.
 * Contacts live on a hosted domain without accounts (far.test), so nothing
 * leaves the server. Timing starts with both sessions signed in and ends when
 * the target's stream has answered a ping sent after the last stanza (the
 * server has processed everything).
 */
import { xml } from "@xmpp/client";
import Keyv from "keyv";
import type { ProsodyServer } from "../src/devserver/prosody.ts";
import { signIn, type AccountSession } from "../src/protocol/connection/account-session.ts";
import { readRoster } from "../src/protocol/account/roster.ts";
import { planMigration } from "../flows/move/roster-plan.ts";
import type { PlannedContact, SkippedContact } from "../src/core/migration-plan.ts";
import { countJob, newJob, type Job } from "../src/jobs/job.ts";
import { runJob } from "../src/jobs/job-runner.ts";
import { ServerPace } from "../src/jobs/server-pace.ts";
import { JobStore } from "../src/jobs/job-store.ts";
import { openStore } from "../src/store/open-store.ts";
import { copyProfile } from "../src/protocol/profile/copy-profile.ts";
import { publishMovedStatement } from "../src/protocol/profile/moved-statement.ts";
import { alternate, assertDone, cpuMs, registerMany, round, spread, type Spread } from "./lib/common.ts";
import { generatedRoster, rawClient, rosterSize, sendMoveStanzas } from "./lib/move-stanzas.ts";

export interface MoveOptions {
  contacts: number;
  /** Runs of Ferry and of the baseline each (at least 3). */
  runs: number;
  /** Also run Ferry with an in-memory Keyv and with journaling switched off, to attribute the cost. */
  variants: boolean;
  /** Contacts in those extra runs (they are slow: kept smaller). */
  variantContacts: number;
  log: (line: string) => void;
}

export interface MoveRun {
  name: string;
  wallMs: number;
  /** Wall time without the profile copy (which the baseline does not do). */
  comparableMs: number;
  /** Stanzas sent, the profile copy's and the final ping not counted. */
  stanzas: number;
  stanzasPerSecond: number;
  rosterItemsOnTarget: number;
  /** Time spent awaiting JobStore.save (Ferry runs). */
  saveMs?: number;
  saves?: number;
  /** Time spent awaiting the target's iq round trips (roster sets). */
  iqWaitMs?: number;
  profileMs?: number;
  cpuMs: number;
}

export interface MoveResult {
  contacts: number;
  /** Stanzas each run sent (the same for all: checked). */
  stanzas: number;
  baselineRuns: MoveRun[];
  ferryRuns: MoveRun[];
  /** Comparable wall time in ms. */
  baseline: Spread;
  ferry: Spread;
  variants: MoveRun[];
  variantContacts: number;
  /** Median over median. */
  ratio: number;
}

const PASSWORD = "move-bench-pw";

/** Counts stanzas a session sends (iq and others) and the time spent awaiting iq answers. */
function instrument(session: AccountSession): { session: AccountSession; stanzas: () => number; iqWaitMs: () => number } {
  let stanzas = 0;
  let iqWait = 0;
  const wrapped: AccountSession = {
    jid: session.jid,
    preApproval: session.preApproval,
    async iq(type, child, to) {
      stanzas += 1;
      const t = performance.now();
      try {
        return await session.iq(type, child, to);
      } finally {
        iqWait += performance.now() - t;
      }
    },
    async send(stanza) {
      stanzas += 1;
      await session.send(stanza);
    },
    onStanza: (l) => session.onStanza(l),
    close: () => session.close(),
  };
  return { session: wrapped, stanzas: () => stanzas, iqWaitMs: () => iqWait };
}

interface Plan {
  contacts: PlannedContact[];
  skipped: SkippedContact[];
  groups: string[];
}

async function ferryRun(
  name: string,
  oldJid: string,
  targetJid: string,
  serviceMap: Record<string, string>,
  store: "sqlite" | "memory" | "none",
  sqlitePath: string,
  plan: Plan,
): Promise<MoveRun> {
  const oldRaw = await signIn(oldJid, PASSWORD, { serviceMap });
  const targetRaw = await signIn(targetJid, PASSWORD, { serviceMap });
  const keyv = store === "sqlite" ? await openStore(`sqlite://${sqlitePath}`, () => undefined) : new Keyv();
  try {
    const job: Job = newJob("move", `bench-${name}-${oldJid}`, oldJid, targetJid, plan.contacts, plan.skipped, plan.groups);
    const jobs = new JobStore(keyv);
    const old = instrument(oldRaw);
    const target = instrument(targetRaw);
    const sent = () => old.stanzas() + target.stanzas();
    let saveMs = 0;
    let saves = 0;
    let profileMs = 0;
    let profileStanzas = 0;
    const c0 = cpuMs();
    const t0 = performance.now();
    const done = await runJob(job, { old: old.session, target: target.session }, {
      lanes: { target: new ServerPace(0).join() },
      save: async (j) => {
        saves += 1;
        if (store === "none") return;
        const t = performance.now();
        await jobs.save(j);
        saveMs += performance.now() - t;
      },
      progress: () => undefined,
      cancelled: () => false,
      requestNote: { movedFrom: oldJid },
      // The profile copy reads and writes only (iq); the baseline does not copy a profile.
      copyProfile: async (o, t) => {
        const p0 = performance.now();
        const s0 = sent();
        try {
          return await copyProfile(o, t);
        } finally {
          profileMs += performance.now() - p0;
          profileStanzas += sent() - s0;
        }
      },
      publishStatement: publishMovedStatement,
      // A move: never called.
      restorePart: async (part) => ({ item: part, outcome: "none" }),
      noticeFor: () => "",
      roomTexts: { reason: () => "", request: () => "", notice: () => "" },
    });
    await targetRaw.iq("get", xml("ping", { xmlns: "urn:xmpp:ping" }), "new.test");
    const wallMs = performance.now() - t0;
    const cpu = cpuMs() - c0;
    const counts = countJob(done);
    assertDone(done.status === "done" && done.statement === "published", `${name}: move ended ${done.status}, statement ${done.statement}`);
    assertDone(counts.moved === plan.contacts.length && counts.failed === 0, `${name}: ${counts.moved} of ${plan.contacts.length} contacts moved, ${counts.failed} failed`);
    const rosterItemsOnTarget = (await readRoster(targetRaw)).length;
    const stanzas = sent() - profileStanzas;
    return {
      name,
      wallMs,
      comparableMs: wallMs - profileMs,
      stanzas,
      stanzasPerSecond: stanzas / (wallMs / 1000),
      rosterItemsOnTarget,
      saveMs,
      saves,
      iqWaitMs: target.iqWaitMs(),
      profileMs,
      cpuMs: cpu,
    };
  } finally {
    await Promise.all([oldRaw.close(), targetRaw.close()]);
    await keyv.disconnect().catch(() => undefined);
  }
}

/** The baseline: the same stanzas, every one sent without waiting for any answer, answers collected at the end. */
async function baselineRun(oldJid: string, targetJid: string, service: string, plan: Plan): Promise<MoveRun> {
  const old = rawClient(service, oldJid, PASSWORD);
  const target = rawClient(service, targetJid, PASSWORD);
  await Promise.all([old.start(), target.start()]);
  try {
    const c0 = cpuMs();
    const t0 = performance.now();
    const stanzas = await sendMoveStanzas(old, target, oldJid, targetJid, plan.contacts);
    const wallMs = performance.now() - t0;
    const cpu = cpuMs() - c0;
    const rosterItemsOnTarget = await rosterSize(target);
    return { name: "baseline (pipelined script)", wallMs, comparableMs: wallMs, stanzas, stanzasPerSecond: stanzas / (wallMs / 1000), rosterItemsOnTarget, cpuMs: cpu };
  } finally {
    await Promise.all([old.stop().catch(() => undefined), target.stop().catch(() => undefined)]);
  }
}

export async function runMoveBench(server: ProsodyServer, o: MoveOptions): Promise<MoveResult> {
  const serviceMap = Object.fromEntries(server.hosts.map((h) => [h, server.service]));
  const runs = Math.max(3, o.runs);
  const names = [
    ...Array.from({ length: runs }, (_, i) => [`baseline${i}`, `ferry${i}`]).flat(),
    ...(o.variants ? ["memory", "nosave"] : []),
  ];
  await registerMany(
    serviceMap,
    names.flatMap((r) => [
      { user: `mover-${r}`, host: "old.test", password: PASSWORD },
      { user: `moved-${r}`, host: "new.test", password: PASSWORD },
    ]),
  );
  // The plan as the move flow makes it from the old roster (here: the generated one).
  const planFor = (n: number): Plan => planMigration(generatedRoster(n), { source: "mover@old.test", target: "moved@new.test", bot: "migrate@old.test", gatewayDomains: new Set() });
  const plan = planFor(o.contacts);
  const sqlitePath = `${server.dir}/move-bench.sqlite`;
  const show = (r: MoveRun) =>
    o.log(
      `  ${r.name}: ${round(r.wallMs, 0)} ms (${round(r.stanzasPerSecond, 0)} stanzas/s, ${r.stanzas} stanzas, ${r.rosterItemsOnTarget} roster items on target, CPU ${round(r.cpuMs, 0)} ms)` +
        (r.saveMs !== undefined ? `; awaiting store ${round(r.saveMs, 0)} ms over ${r.saves} saves, awaiting roster iqs ${round(r.iqWaitMs ?? 0, 0)} ms, profile copy ${round(r.profileMs ?? 0, 0)} ms` : ""),
    );
  /** Every run moved every planned contact, with the stanzas the baseline's first run sent. */
  let stanzas: number | undefined;
  const checked = (r: MoveRun, p: Plan) => {
    show(r);
    assertDone(r.rosterItemsOnTarget === p.contacts.length, `${r.name}: ${r.rosterItemsOnTarget} of ${p.contacts.length} contacts on the target`);
    if (p === plan) {
      stanzas ??= r.stanzas;
      assertDone(r.stanzas === stanzas, `${r.name} sent ${r.stanzas} stanzas, another run ${stanzas}`);
    }
    return r;
  };
  const { a: baselineRuns, b: ferryRuns } = await alternate(
    runs,
    async (i) => checked(await baselineRun(`mover-baseline${i}@old.test`, `moved-baseline${i}@new.test`, server.service, plan), plan),
    async (i) => checked(await ferryRun("Ferry (JobStore on SQLite)", `mover-ferry${i}@old.test`, `moved-ferry${i}@new.test`, serviceMap, "sqlite", sqlitePath, plan), plan),
  );
  const variants: MoveRun[] = [];
  if (o.variants) {
    const fewer = planFor(o.variantContacts);
    variants.push(checked(await ferryRun("Ferry (JobStore on in-memory Keyv)", "mover-memory@old.test", "moved-memory@new.test", serviceMap, "memory", sqlitePath, fewer), fewer));
    variants.push(checked(await ferryRun("Ferry (journal switched off)", "mover-nosave@old.test", "moved-nosave@new.test", serviceMap, "none", sqlitePath, fewer), fewer));
  }
  const baseline = spread(baselineRuns.map((r) => r.comparableMs));
  const ferry = spread(ferryRuns.map((r) => r.comparableMs));
  return { contacts: o.contacts, stanzas: stanzas!, baselineRuns, ferryRuns, baseline, ferry, variants, variantContacts: o.variantContacts, ratio: ferry.median / baseline.median };
}
