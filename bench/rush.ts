/**
 * Benchmark 5: the shutdown rush. U users, each with a C-contact account on
 * old.test (rosters written straight into Prosody's storage), talk Ferry (a
 * separate process, as `ferry` runs it) through a move to new.test up to its
 * last question, then all answer it together. Timed from that answer to the
 * last user's report; against a script that, in the same run, signs in U old
 * and U new accounts at once and sends the same stanzas pipelined
 * (lib/move-stanzas.ts). Ferry and the script take turns, at least three times
 * each, the first to go alternating.
 *
 * A run counts only if every user's report says every contact moved and none
 * failed, and every target account holds every contact. During Ferry's rush
 * one more user chats with Ferry (the conversation benchmark's pattern); its
 * reply times, a time-out counting as no reply at all, give the p99. Ferry's
 * CPU per contact moved and peak RSS are read from its process.
 *
 * Last, a smaller rush with FERRY_SERVER_RATE set: the server records when it
 * reads each stanza Ferry's account sessions send of their own accord
 * (prosody-modules/mod_bench_stanza_times.lua), and no second of the server's
 * clock may hold more than the setting for either server (old.test, new.test).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ProsodyServer } from "../src/devserver/prosody.ts";
import { planMigration } from "../flows/move/roster-plan.ts";
import type { PlannedContact } from "../src/core/migration-plan.ts";
import { seedProsodyRoster as seedRoster } from "../src/devserver/seed-roster.ts";
import { XmppUser } from "../test/support/xmpp-user.ts";
import { alternate, assertDone, onCleanup, registerMany, round, sleep, spread, startChild, summarize, type BenchChild, type Spread, type Summary } from "./lib/common.ts";
import { CHAT_PATTERN, NO_REPLY, connectUsers } from "./lib/chat-users.ts";
import { generatedRoster, rawClient, rosterSize, sendMoveStanzas } from "./lib/move-stanzas.ts";

export const stanzaTimesPlugin = { dir: join(import.meta.dirname, "prosody-modules"), modules: ["bench_stanza_times"] };

export interface RushOptions {
  users: number;
  contacts: number;
  /** Rushes of Ferry and of the baseline each (at least 3). */
  runs: number;
  /** The rush with a server rate set (smaller: it lasts stanzas / rate seconds). */
  rated: { users: number; contacts: number; rate: number };
  log: (line: string) => void;
}

export interface RushResult {
  users: number;
  contacts: number;
  /** Wall time of each rush, ms. */
  ferry: Spread;
  baseline: Spread;
  /** Median over median. */
  ratio: number;
  /** Ferry's CPU time over the rush per contact moved, ms (median of the runs). */
  cpuMsPerContact: number;
  peakRss: number;
  /** The chatting user's reply times over all of Ferry's rushes (NO_REPLY for a time-out). */
  chat: Summary;
  chatTimeouts: number;
  rated: { rate: number; users: number; contacts: number; wallMs: number; stanzas: number; maxPerSecond: Record<string, number> };
}

const BOT = "migrate@old.test";
const BOT_PASSWORD = "bot-pw";
const PASSWORD = "rush-pw";
/** Everything of a rush must be over by then; 200 moves of 100 contacts take well under a minute. */
const RUSH_TIMEOUT_MS = 20 * 60_000;
/** The chatting user thinks this long between a reply and its next message. */
const THINK_MS: [number, number] = [250, 750];
const REPORT = /Of (\d+) roster entries: (\d+) moved \(.*?\), (\d+) failed/;

interface FerryRush {
  wallMs: number;
  cpuMs: number;
  peakRss: number;
  chat: number[];
  /** Epoch ms when the users answered. */
  startedAt: number;
}

/** Runs `f` over `items`, `parallel` at a time. */
async function inTurns<T, R>(items: T[], parallel: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await f(items[i]!);
      }
    }),
  );
  return out;
}

/** The users' moves to new.test through Ferry, answered together; checked before the time counts. */
async function ferryRush(server: ProsodyServer, ferry: BenchChild, names: string[], contacts: number): Promise<FerryRush> {
  const movers = await inTurns(names, 25, (n) => XmppUser.connect(server.service, `${n}@old.test`, PASSWORD));
  const [chatter] = await connectUsers(server.service, ["chatter@old.test"], PASSWORD);
  const disconnect = onCleanup("rush users", () => Promise.all([...movers, chatter!].map((u) => u.stop())).then(() => undefined));
  try {
    // Every conversation up to its last question (Ferry signs in to both accounts and plans on the way).
    await Promise.all(
      movers.map(async (u, i) => {
        const long = 120_000;
        await u.sayUntil(BOT, "move", /What is your new address/, long);
        await u.sayUntil(BOT, `${names[i]}@new.test`, /password of your new account/, long);
        await u.sayUntil(BOT, PASSWORD, /password of this account/, long);
        await u.sayUntil(BOT, PASSWORD, /Shall I start now/, long);
        await u.sayUntil(BOT, "yes", /Shall I also send/, long);
      }),
    );
    let rushing = true;
    let peakRss = 0;
    const sampler = (async () => {
      while (rushing) {
        peakRss = Math.max(peakRss, (await ferry.memory(false)).rss);
        await sleep(500);
      }
    })();
    const chat: number[] = [];
    const chatting = (async () => {
      for (let step = 0; rushing; step++) {
        chat.push(await chatter!.say(BOT, CHAT_PATTERN[step % CHAT_PATTERN.length]!));
        await sleep(THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0]));
      }
    })();
    const cpu0 = (await ferry.memory(false)).cpuMs;
    const startedAt = Date.now();
    const t0 = performance.now();
    const reports = await Promise.all(movers.map((u) => u.sayUntil(BOT, "no", /is done/, RUSH_TIMEOUT_MS)));
    const wallMs = performance.now() - t0;
    const cpuMs = (await ferry.memory(false)).cpuMs - cpu0;
    rushing = false;
    await Promise.all([sampler, chatting]);
    await chatter!.say(BOT, "cancel");
    reports.forEach((report, i) => {
      const m = REPORT.exec(report);
      assertDone(m !== null && Number(m[2]) === contacts && m[3] === "0", `${names[i]}: report says ${m ? `${m[2]} of ${contacts} moved, ${m[3]} failed` : `"${report.slice(-300)}"`}`);
    });
    await checkTargets(server, names, contacts);
    return { wallMs, cpuMs, peakRss, chat, startedAt };
  } finally {
    await disconnect();
  }
}

/** Every target account holds every contact. */
async function checkTargets(server: ProsodyServer, names: string[], contacts: number): Promise<void> {
  await inTurns(names, 25, async (n) => {
    const target = rawClient(server.service, `${n}@new.test`, PASSWORD);
    await target.start();
    try {
      const items = await rosterSize(target);
      assertDone(items === contacts, `${n}@new.test holds ${items} of ${contacts} contacts`);
    } finally {
      await target.stop().catch(() => undefined);
    }
  });
}

/** The script: every user's two accounts signed in at once, the same stanzas pipelined on each pair. */
async function baselineRush(server: ProsodyServer, names: string[], plan: PlannedContact[]): Promise<number> {
  const t0 = performance.now();
  await Promise.all(
    names.map(async (n) => {
      const old = rawClient(server.service, `${n}@old.test`, PASSWORD);
      const target = rawClient(server.service, `${n}@new.test`, PASSWORD);
      try {
        await Promise.all([old.start(), target.start()]);
        await sendMoveStanzas(old, target, `${n}@old.test`, `${n}@new.test`, plan);
      } finally {
        await Promise.all([old.stop().catch(() => undefined), target.stop().catch(() => undefined)]);
      }
    }),
  );
  const wallMs = performance.now() - t0;
  await checkTargets(server, names, plan.length);
  return wallMs;
}

function startFerry(server: ProsodyServer, rate: number, store: string): Promise<BenchChild> {
  return startChild("children/ferry-bot.ts", {
    FERRY_JID: BOT,
    FERRY_PASSWORD: BOT_PASSWORD,
    FERRY_SERVICE_MAP: server.serviceMap,
    FERRY_STORE: `sqlite://${server.dir}/${store}.sqlite`,
    FERRY_LOG_LEVEL: "silent",
    FERRY_PROVIDERS: "new.test",
    FERRY_SERVER_RATE: String(rate),
    FERRY_USER_RATE_PER_MINUTE: "10000",
    FERRY_USER_RATE_BURST: "10000",
  });
}

/** The most stanzas the server read from Ferry's account sessions in one second of its clock since `from`, by host. */
async function maxPerSecond(server: ProsodyServer, from: number): Promise<{ stanzas: number; byHost: Record<string, number> }> {
  const perSecond = new Map<string, Map<number, number>>();
  let stanzas = 0;
  const text = await readFile(join(server.dataDir, "ferry-stanza-times.txt"), "utf8");
  for (const line of text.split("\n")) {
    const [host, at] = line.split(" ");
    if (!host || Number(at) * 1000 < from) continue;
    stanzas += 1;
    const seconds = perSecond.get(host) ?? new Map<number, number>();
    perSecond.set(host, seconds);
    const second = Math.floor(Number(at));
    seconds.set(second, (seconds.get(second) ?? 0) + 1);
  }
  return { stanzas, byHost: Object.fromEntries([...perSecond].map(([host, seconds]) => [host, Math.max(...seconds.values())])) };
}

export async function runRush(server: ProsodyServer, o: RushOptions): Promise<RushResult> {
  const serviceMap = Object.fromEntries(server.hosts.map((h) => [h, server.service]));
  const runs = Math.max(3, o.runs);
  const group = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => `${prefix}u${k}`);
  const ferryNames = Array.from({ length: runs }, (_, i) => group(`f${i}`, o.users));
  const baselineNames = Array.from({ length: runs }, (_, i) => group(`b${i}`, o.users));
  const ratedNames = group("q", o.rated.users);
  const t0 = performance.now();
  await registerMany(serviceMap, [
    { user: "migrate", host: "old.test", password: BOT_PASSWORD },
    { user: "chatter", host: "old.test", password: PASSWORD },
    ...[...ferryNames, ...baselineNames, ratedNames].flat().flatMap((user) => ["old.test", "new.test"].map((host) => ({ user, host, password: PASSWORD }))),
  ]);
  for (const n of ferryNames.flat()) await seedRoster(server, n, "old.test", generatedRoster(o.contacts));
  for (const n of ratedNames) await seedRoster(server, n, "old.test", generatedRoster(o.rated.contacts));
  o.log(`  registered and seeded ${2 + 2 * (2 * runs * o.users + o.rated.users)} accounts in ${Math.round(performance.now() - t0)} ms`);
  const plan = planMigration(generatedRoster(o.contacts), { source: "x@old.test", target: "x@new.test", bot: BOT, gatewayDomains: new Set() }).contacts;

  let ferry = await startFerry(server, 0, "rush");
  const { a: ferryRuns, b: baselineRuns } = await alternate(
    runs,
    async (i) => {
      const r = await ferryRush(server, ferry, ferryNames[i]!, plan.length);
      o.log(`  Ferry: ${o.users} moves of ${o.contacts} contacts in ${round(r.wallMs, 0)} ms, CPU ${round(r.cpuMs, 0)} ms, peak RSS ${round(r.peakRss / 1048576, 1)} MB, chat p99 ${round(summarize(r.chat).p99, 0)} ms over ${r.chat.length} replies`);
      return r;
    },
    async (i) => {
      const ms = await baselineRush(server, baselineNames[i]!, plan);
      o.log(`  baseline: ${o.users} scripted moves in ${round(ms, 0)} ms`);
      return ms;
    },
  );
  await ferry.stop();

  ferry = await startFerry(server, o.rated.rate, "rush-rated");
  const rated = await ferryRush(server, ferry, ratedNames, o.rated.contacts);
  await ferry.stop();
  const seen = await maxPerSecond(server, rated.startedAt);
  o.log(`  at FERRY_SERVER_RATE=${o.rated.rate}: ${o.rated.users} moves of ${o.rated.contacts} contacts in ${round(rated.wallMs, 0)} ms, ${seen.stanzas} stanzas; most in one second: ${JSON.stringify(seen.byHost)}`);
  assertDone(seen.stanzas > 0, "the server recorded no stanza of Ferry's during the rated rush");

  const chat = ferryRuns.flatMap((r) => r.chat);
  const ferryMs = spread(ferryRuns.map((r) => r.wallMs));
  const baselineMs = spread(baselineRuns);
  return {
    users: o.users,
    contacts: o.contacts,
    ferry: ferryMs,
    baseline: baselineMs,
    ratio: ferryMs.median / baselineMs.median,
    cpuMsPerContact: spread(ferryRuns.map((r) => r.cpuMs / (o.users * plan.length))).median,
    peakRss: Math.max(...ferryRuns.map((r) => r.peakRss)),
    chat: summarize(chat),
    chatTimeouts: chat.filter((ms) => ms === NO_REPLY).length,
    rated: { rate: o.rated.rate, users: o.rated.users, contacts: o.rated.contacts, wallMs: rated.wallMs, stanzas: seen.stanzas, maxPerSecond: seen.byHost },
  };
}
