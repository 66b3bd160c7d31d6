/**
 * Benchmark 3: an N-contact move (roster items with names and groups, moved
 * subscription requests, pre-approvals, the XEP-0283 statement) at
 * FERRY_SERVER_RATE=0, through Ferry's job machinery called directly
 * (newJob + runJob + JobStore + publishMovedStatement, copyProfile timed
 * apart), against a minimal script that sends the same stanzas pipelined.
 *
 * Each run gets its own old and its own empty target account, so all start
 * from the same state. The plan is made by planMigration from a generated
 * roster (both/to/from/none in turn, names, one or two groups), as the move flow
 * does from the old account's roster.
 * Contacts live on a hosted domain without accounts (far.test), so nothing
 * leaves the server. Timing starts with both sessions signed in and ends when
 * the target's stream has answered a ping sent after the last stanza (the
 * server has processed everything).
 */
import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import Keyv from "keyv";
import type { ProsodyServer } from "../src/devserver/prosody.ts";
import { signIn, type AccountSession } from "../src/protocol/connection/account-session.ts";
import { readRoster } from "../src/protocol/account/roster.ts";
import { planMigration } from "../flows/move/roster-plan.ts";
import type { Contact, Subscription } from "../src/core/contact.ts";
import { newJob, type Job } from "../src/jobs/job.ts";
import { runJob } from "../src/jobs/job-runner.ts";
import { ServerPace } from "../src/jobs/server-pace.ts";
import { JobStore } from "../src/jobs/job-store.ts";
import { openStore } from "../src/store/open-store.ts";
import { copyProfile } from "../src/protocol/profile/copy-profile.ts";
import { publishMovedStatement } from "../src/protocol/profile/moved-statement.ts";
import { NS_MOVED } from "../src/protocol/namespaces.ts";
import { registerMany, round } from "./lib/common.ts";
import { ferryClient } from "../src/protocol/connection/ferry-client.ts";

export interface MoveOptions {
  contacts: number;
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
  baseline: MoveRun;
  ferry: MoveRun;
  variants: MoveRun[];
  variantContacts: number;
  ratio: number;
}

const PASSWORD = "move-bench-pw";
/** Answers to pipelined stanzas queue behind every earlier one: Prosody's cost per roster set grows with the roster. */
const LONG = 600_000;
const SUBS: Subscription[] = ["both", "to", "from", "none"];

function contactsFor(n: number): Contact[] {
  return Array.from({ length: n }, (_, i) => ({
    jid: `contact${i}@far.test`,
    name: `Contact ${i}`,
    groups: i % 5 === 0 ? [`Group ${i % 20}`, "Family"] : [`Group ${i % 20}`],
    subscription: SUBS[i % 4]!,
  }));
}

/** Counts stanzas a session sends (iq and others) and the time spent awaiting iq answers. */
function instrument(session: AccountSession): { session: AccountSession; stanzas: () => number; iqWaitMs: () => number } {
  let stanzas = 0;
  let iqWait = 0;
  const wrapped: AccountSession = {
    jid: session.jid,
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

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function ping(session: AccountSession): Promise<void> {
  await session.iq("get", xml("ping", { xmlns: "urn:xmpp:ping" }), "new.test");
}

async function ferryRun(
  name: string,
  oldJid: string,
  targetJid: string,
  serviceMap: Record<string, string>,
  store: "sqlite" | "memory" | "none",
  sqlitePath: string,
  contacts: Contact[],
): Promise<MoveRun> {
  const oldRaw = await signIn(oldJid, PASSWORD, { serviceMap });
  const targetRaw = await signIn(targetJid, PASSWORD, { serviceMap });
  const keyv = store === "sqlite" ? await openStore(`sqlite://${sqlitePath}`, () => undefined) : new Keyv();
  try {
    // The plan as the move flow makes it from the old roster (here: the generated one).
    const plan = planMigration(contacts, { source: oldJid, target: targetJid, bot: "migrate@old.test", gatewayDomains: new Set() });
    const job: Job = newJob("move", `bench-${name}`, oldJid, targetJid, plan.contacts, plan.skipped, plan.groups);
    const jobs = new JobStore(keyv);
    const old = instrument(oldRaw);
    const target = instrument(targetRaw);
    let saveMs = 0;
    let saves = 0;
    let profileMs = 0;
    const c0 = cpuNow();
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
      copyProfile: async (o, t) => {
        const p0 = performance.now();
        try {
          return await copyProfile(o, t);
        } finally {
          profileMs += performance.now() - p0;
        }
      },
      publishStatement: publishMovedStatement,
      noticeFor: () => "",
    });
    await ping(targetRaw);
    const wallMs = performance.now() - t0;
    const cpuMs = cpuNow() - c0;
    if (done.status !== "done" || done.statement !== "published") throw new Error(`${name}: move ended ${done.status}, statement ${done.statement}`);
    const rosterItemsOnTarget = (await readRoster(targetRaw)).length;
    // The profile copy reads and writes only (iq); it is not part of the compared stanzas.
    const stanzas = old.stanzas() + target.stanzas();
    const comparableMs = wallMs - profileMs;
    return {
      name,
      wallMs,
      comparableMs,
      stanzas,
      stanzasPerSecond: stanzas / (wallMs / 1000),
      rosterItemsOnTarget,
      saveMs,
      saves,
      iqWaitMs: target.iqWaitMs(),
      profileMs,
      cpuMs,
    };
  } finally {
    await Promise.all([oldRaw.close(), targetRaw.close()]);
    await keyv.disconnect().catch(() => undefined);
  }
}

function rawClient(service: string, jid: string): Client {
  const at = jid.indexOf("@");
  const xmpp = ferryClient({ service, domain: jid.slice(at + 1), username: jid.slice(0, at), password: PASSWORD, resource: "baseline" });
  xmpp.reconnect.stop();
  xmpp.on("error", () => undefined);
  // Acknowledge roster pushes, as Ferry's sessions do.
  xmpp.iqCallee.set("jabber:iq:roster", "query", () => true);
  return xmpp;
}

/** The baseline: the same stanzas, every one sent without waiting for any answer, answers collected at the end. */
async function baselineRun(oldJid: string, targetJid: string, service: string, contacts: Contact[]): Promise<MoveRun> {
  const old = rawClient(service, oldJid);
  const target = rawClient(service, targetJid);
  await Promise.all([old.start(), target.start()]);
  try {
    let stanzas = 0;
    const c0 = cpuNow();
    const t0 = performance.now();
    const answers: Promise<Element>[] = [];
    const sends: Promise<void>[] = [];
    answers.push(target.iqCaller.get(xml("query", { xmlns: "jabber:iq:roster" }), undefined, LONG));
    stanzas += 1;
    for (const c of contacts) {
      answers.push(
        target.iqCaller.set(
          xml("query", { xmlns: "jabber:iq:roster" }, xml("item", { jid: c.jid, name: c.name }, ...c.groups.map((g) => xml("group", {}, g)))),
          undefined,
          LONG,
        ),
      );
      stanzas += 1;
      if (c.subscription === "both" || c.subscription === "to") {
        sends.push(target.send(xml("presence", { type: "subscribe", to: c.jid }, xml("moved", { xmlns: NS_MOVED }, xml("old-jid", {}, oldJid)))));
        stanzas += 1;
      }
      if (c.subscription === "both" || c.subscription === "from") {
        sends.push(target.send(xml("presence", { type: "subscribed", to: c.jid })));
        stanzas += 1;
      }
    }
    answers.push(
      old.iqCaller.set(
        xml(
          "pubsub",
          { xmlns: "http://jabber.org/protocol/pubsub" },
          xml("publish", { node: NS_MOVED }, xml("item", { id: "current" }, xml("moved", { xmlns: NS_MOVED }, xml("new-jid", {}, targetJid)))),
          xml(
            "publish-options",
            {},
            xml(
              "x",
              { xmlns: "jabber:x:data", type: "submit" },
              xml("field", { var: "FORM_TYPE", type: "hidden" }, xml("value", {}, "http://jabber.org/protocol/pubsub#publish-options")),
              xml("field", { var: "pubsub#access_model" }, xml("value", {}, "presence")),
            ),
          ),
        ),
        undefined,
        LONG,
      ),
    );
    stanzas += 1;
    await Promise.all(sends);
    await Promise.all(answers);
    await target.iqCaller.get(xml("ping", { xmlns: "urn:xmpp:ping" }), "new.test", LONG);
    stanzas += 1;
    const wallMs = performance.now() - t0;
    const cpuMs = cpuNow() - c0;
    const roster = await target.iqCaller.get(xml("query", { xmlns: "jabber:iq:roster" }), undefined, LONG);
    // iqCaller answers with the <query/> itself.
    const rosterItemsOnTarget = roster.getChildren("item").length;
    return { name: "baseline (pipelined script)", wallMs, comparableMs: wallMs, stanzas, stanzasPerSecond: stanzas / (wallMs / 1000), rosterItemsOnTarget, cpuMs };
  } finally {
    await Promise.all([old.stop().catch(() => undefined), target.stop().catch(() => undefined)]);
  }
}

export async function runMoveBench(server: ProsodyServer, o: MoveOptions): Promise<MoveResult> {
  const serviceMap = Object.fromEntries(server.hosts.map((h) => [h, server.service]));
  const runs = ["baseline", "ferry", ...(o.variants ? ["memory", "nosave"] : [])];
  await registerMany(
    serviceMap,
    runs.flatMap((r) => [
      { user: `mover-${r}`, host: "old.test", password: PASSWORD },
      { user: `moved-${r}`, host: "new.test", password: PASSWORD },
    ]),
  );
  const contacts = contactsFor(o.contacts);
  const fewer = contactsFor(o.variantContacts);
  const sqlitePath = `${server.dir}/move-bench.sqlite`;

  const baseline = await baselineRun("mover-baseline@old.test", "moved-baseline@new.test", server.service, contacts);
  const show = (r: MoveRun) =>
    o.log(
      `  ${r.name}: ${round(r.wallMs, 0)} ms (${round(r.stanzasPerSecond, 0)} stanzas/s, ${r.stanzas} stanzas, ${r.rosterItemsOnTarget} roster items on target, CPU ${round(r.cpuMs, 0)} ms)` +
        (r.saveMs !== undefined ? `; awaiting store ${round(r.saveMs, 0)} ms over ${r.saves} saves, awaiting roster iqs ${round(r.iqWaitMs ?? 0, 0)} ms, profile copy ${round(r.profileMs ?? 0, 0)} ms` : ""),
    );
  show(baseline);
  const ferry = await ferryRun("Ferry (JobStore on SQLite)", "mover-ferry@old.test", "moved-ferry@new.test", serviceMap, "sqlite", sqlitePath, contacts);
  show(ferry);
  const variants: MoveRun[] = [];
  if (o.variants) {
    variants.push(await ferryRun("Ferry (JobStore on in-memory Keyv)", "mover-memory@old.test", "moved-memory@new.test", serviceMap, "memory", sqlitePath, fewer));
    show(variants[variants.length - 1]!);
    variants.push(await ferryRun("Ferry (journal switched off)", "mover-nosave@old.test", "moved-nosave@new.test", serviceMap, "none", sqlitePath, fewer));
    show(variants[variants.length - 1]!);
  }
  return { contacts: o.contacts, baseline, ferry, variants, variantContacts: o.variantContacts, ratio: ferry.comparableMs / baseline.wallMs };
}
