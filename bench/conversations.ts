/**
 * Benchmark 2: conversations under load. N real XMPP connections (in this
 * process) talk to a bot running in a child process: help → the menu number
 * of `language` (its list: one reply) → cancel, again and again, with a think time between messages. The
 * same users and pattern run first against a minimal echo bot (baseline), then
 * against Ferry. Then the memory cost of idle conversations parked mid-flow.
 */
import type { ProsodyServer } from "../src/devserver/prosody.ts";
import { registerMany, startChild, summarize, sleep, onCleanup, round, type BenchChild, type MemorySample, type Summary } from "./lib/common.ts";
import { CHAT_PATTERN, NO_REPLY, connectUsers, type ChatUser } from "./lib/chat-users.ts";

export interface ConversationOptions {
  users: number;
  warmupMs: number;
  durationMs: number;
  /** Think time between a reply and the next message: uniform in [min, max]. */
  thinkMinMs: number;
  thinkMaxMs: number;
  /** Users who park a conversation for the memory figure (all users by default). */
  parked?: number;
  log: (line: string) => void;
}

export interface LoadResult {
  bot: string;
  latencyMs: Summary;
  /** Replies (all counted messages) per second in the measured window. */
  throughput: number;
  sent: number;
  timeouts: number;
  /** Peak RSS / heapUsed of the bot process seen while under load (sampled every 1 s, no gc). */
  peakRss: number;
  peakHeapUsed: number;
  /** After the load, after global.gc(). */
  afterGc: MemorySample;
  idleBeforeLoad: MemorySample;
  /** CPU time of the bot process per reply during the measured window. */
  botCpuMsPerReply: number;
}

export interface ParkedResult {
  users: number;
  heapBefore: number;
  heapParked: number;
  heapAfterCancel: number;
  rssBefore: number;
  rssParked: number;
  bytesPerConversation: number;
  rssBytesPerConversation: number;
  /** Heap per parked conversation measured again in a second round (noise check). */
  bytesPerConversationRepeat: number;
}

export interface ConversationResult {
  users: number;
  connectMs: number;
  thinkMs: [number, number];
  durationMs: number;
  echo: LoadResult;
  ferry: LoadResult;
  p99Ratio: number;
  parked: ParkedResult;
}

async function runLoad(bot: BenchChild, botJid: string, botName: string, users: ChatUser[], o: ConversationOptions): Promise<LoadResult> {
  const idleBeforeLoad = await bot.memory(true);
  const latencies: number[] = [];
  let sent = 0;
  let timeouts = 0;
  let received = 0;
  const start = performance.now();
  const measureFrom = start + o.warmupMs;
  const measureTo = measureFrom + o.durationMs;
  let cpuAtStart = 0;
  let cpuAtEnd = 0;
  let peakRss = 0;
  let peakHeapUsed = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const m = await bot.memory(false);
      peakRss = Math.max(peakRss, m.rss);
      peakHeapUsed = Math.max(peakHeapUsed, m.heapUsed);
      await sleep(1000);
    }
  })();
  const marks = (async () => {
    await sleep(o.warmupMs);
    cpuAtStart = (await bot.memory(false)).cpuMs;
    await sleep(o.durationMs);
    cpuAtEnd = (await bot.memory(false)).cpuMs;
  })();
  const think = () => o.thinkMinMs + Math.random() * (o.thinkMaxMs - o.thinkMinMs);
  await Promise.all(
    users.map(async (u, i) => {
      // Spread the first messages over one think time so the users do not move in lock step.
      await sleep((i / users.length) * o.thinkMaxMs);
      for (let step = 0; performance.now() < measureTo && step < 100_000; step++) {
        const t = performance.now();
        const ms = await u.say(botJid, CHAT_PATTERN[step % CHAT_PATTERN.length]!);
        const inWindow = t >= measureFrom && t < measureTo;
        if (inWindow) {
          sent += 1;
          // A time-out stays in the latencies, as a reply that never came.
          latencies.push(ms);
          if (ms === NO_REPLY) timeouts += 1;
          else if (t + ms < measureTo) received += 1;
        }
        await sleep(think());
      }
      // Leave no flow running: the next phase starts from idle conversations.
      await u.say(botJid, "cancel");
    }),
  );
  await marks;
  sampling = false;
  await sampler;
  const afterGc = await bot.memory(true);
  const result: LoadResult = {
    bot: botName,
    latencyMs: summarize(latencies),
    throughput: received / (o.durationMs / 1000),
    sent,
    timeouts,
    peakRss,
    peakHeapUsed,
    afterGc,
    idleBeforeLoad,
    botCpuMsPerReply: (cpuAtEnd - cpuAtStart) / Math.max(1, received),
  };
  o.log(
    `  ${botName}: p50 ${round(result.latencyMs.p50)} ms, p95 ${round(result.latencyMs.p95)} ms, p99 ${round(result.latencyMs.p99)} ms, ` +
      `${round(result.throughput, 1)} replies/s, ${timeouts} timeouts, peak RSS ${round(peakRss / 1048576, 1)} MB, ` +
      `bot CPU ${round(result.botCpuMsPerReply, 3)} ms/reply`,
  );
  return result;
}

/** Heap per conversation parked mid-flow: gc, measure; N users say "language" (the bot asks and waits); gc, measure; cancel; gc, measure. */
async function measureParked(ferry: BenchChild, botJid: string, users: ChatUser[]): Promise<{ before: MemorySample; parked: MemorySample; after: MemorySample }> {
  const all = async (body: string) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: 25 }, async () => {
        while (next < users.length) {
          const u = users[next++]!;
          if ((await u.say(botJid, body)) === NO_REPLY) throw new Error(`${u.jid}: no answer to "${body}"`);
        }
      }),
    );
  };
  // Settle: every conversation idle, timers and sockets quiet.
  await sleep(500);
  const before = await ferry.memory(true);
  await all("language");
  await sleep(500);
  const parked = await ferry.memory(true);
  await all("cancel");
  await sleep(500);
  const after = await ferry.memory(true);
  return { before, parked, after };
}

export async function runConversations(server: ProsodyServer, o: ConversationOptions): Promise<ConversationResult> {
  const serviceMap = Object.fromEntries(server.hosts.map((h) => [h, server.service]));
  const names = Array.from({ length: o.users }, (_, i) => `load${i}@old.test`);
  const t0 = performance.now();
  await registerMany(serviceMap, [
    { user: "echo", host: "old.test", password: "echo-pw" },
    { user: "migrate", host: "old.test", password: "bot-pw" },
    ...names.map((n) => ({ user: n.split("@")[0]!, host: "old.test", password: "load-pw" })),
  ]);
  o.log(`  registered ${names.length + 2} accounts (XEP-0077, 20 in parallel) in ${Math.round(performance.now() - t0)} ms`);
  const t1 = performance.now();
  const users = await connectUsers(server.service, names, "load-pw");
  const disconnect = onCleanup("load users", async () => {
    await Promise.all(users.map((u) => u.stop()));
  });
  const connectMs = performance.now() - t1;
  o.log(`  ${users.length} users connected in ${Math.round(connectMs)} ms (25 at a time)`);

  try {
    const echo = await startChild("children/echo-bot.ts", { ECHO_JID: "echo@old.test", ECHO_PASSWORD: "echo-pw", ECHO_SERVICE: server.service });
    const echoResult = await runLoad(echo, "echo@old.test", "echo bot", users, o);
    await echo.stop();

    const ferry = await startChild("children/ferry-bot.ts", {
      FERRY_JID: "migrate@old.test",
      FERRY_PASSWORD: "bot-pw",
      FERRY_SERVICE_MAP: server.serviceMap,
      FERRY_STORE: `sqlite://${server.dir}/ferry-bench.sqlite`,
      FERRY_LOG_LEVEL: "silent",
      FERRY_USER_RATE_PER_MINUTE: "10000",
      FERRY_USER_RATE_BURST: "10000",
    });
    const ferryResult = await runLoad(ferry, "migrate@old.test", "Ferry", users, o);

    const parkedUsers = users.slice(0, o.parked ?? users.length);
    const first = await measureParked(ferry, "migrate@old.test", parkedUsers);
    const second = await measureParked(ferry, "migrate@old.test", parkedUsers);
    await ferry.stop();
    const n = parkedUsers.length;
    const parked: ParkedResult = {
      users: n,
      heapBefore: first.before.heapUsed,
      heapParked: first.parked.heapUsed,
      heapAfterCancel: first.after.heapUsed,
      rssBefore: first.before.rss,
      rssParked: first.parked.rss,
      bytesPerConversation: (first.parked.heapUsed - first.before.heapUsed) / n,
      rssBytesPerConversation: (first.parked.rss - first.before.rss) / n,
      bytesPerConversationRepeat: (second.parked.heapUsed - second.before.heapUsed) / n,
    };
    o.log(
      `  parked ${n} conversations: heap ${round(parked.bytesPerConversation, 0)} B each (repeat ${round(parked.bytesPerConversationRepeat, 0)} B), ` +
        `after cancel ${round((first.after.heapUsed - first.before.heapUsed) / n, 0)} B each`,
    );
    return {
      users: users.length,
      connectMs,
      thinkMs: [o.thinkMinMs, o.thinkMaxMs],
      durationMs: o.durationMs,
      echo: echoResult,
      ferry: ferryResult,
      p99Ratio: ferryResult.latencyMs.p99 / echoResult.latencyMs.p99,
      parked,
    };
  } finally {
    await disconnect();
  }
}
