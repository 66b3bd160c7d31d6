/**
 * Shared helpers for `npm run bench`: statistics, child processes with an IPC
 * memory hook, bulk XEP-0077 account creation, and a cleanup registry so every
 * server and child is stopped, also on errors and signals.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { registerAccount } from "../../src/protocol/account/in-band-registration.ts";

export const BENCH_DIR = join(import.meta.dirname, "..");
export const ROOT_DIR = join(BENCH_DIR, "..");

// ---------------------------------------------------------------- statistics

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export interface Summary {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarize(values: number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return { n: s.length, mean, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1] ?? NaN };
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/** Repeated runs of one measurement: their median, and the lowest and highest as its spread. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function spread(runs: number[]): Spread {
  return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs };
}

/**
 * Runs `a` and `b` `times` times each, alternating which goes first, so a
 * neighbour's load on the machine falls on both alike.
 */
export async function alternate<A, B>(times: number, a: (i: number) => Promise<A>, b: (i: number) => Promise<B>): Promise<{ a: A[]; b: B[] }> {
  const out = { a: [] as A[], b: [] as B[] };
  for (let i = 0; i < times; i++) {
    if (i % 2 === 0) {
      out.a.push(await a(i));
      out.b.push(await b(i));
    } else {
      out.b.push(await b(i));
      out.a.push(await a(i));
    }
  }
  return out;
}

/** A benchmark's check that the work was done: a failed one fails its row and the run. */
export function assertDone(ok: boolean, what: string): void {
  if (!ok) throw new Error(`not done: ${what}`);
}

export const round = (x: number, digits = 2): number => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** CPU time of this process (all threads, libuv pool included) in ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

// ---------------------------------------------------------------- cleanup

type Cleanup = () => Promise<void> | void;
const cleanups: { name: string; fn: Cleanup }[] = [];

/** Registers a cleanup; returns a function that runs and removes it. */
export function onCleanup(name: string, fn: Cleanup): () => Promise<void> {
  const entry = { name, fn };
  cleanups.push(entry);
  return async () => {
    const i = cleanups.indexOf(entry);
    if (i < 0) return;
    cleanups.splice(i, 1);
    await fn();
  };
}

/** Runs every pending cleanup, newest first; never throws. */
export async function cleanupAll(): Promise<void> {
  while (cleanups.length > 0) {
    const { name, fn } = cleanups.pop()!;
    try {
      await Promise.race([fn(), sleep(10_000)]);
    } catch (err) {
      console.error(`bench: cleanup ${name} failed: ${(err as Error).message}`);
    }
  }
}

// ---------------------------------------------------------------- children

export interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  cpuMs: number;
}

export interface BenchChild {
  child: ChildProcess;
  /** Asks the child for process.memoryUsage() (after global.gc() when `gc`). */
  memory(gc: boolean): Promise<MemorySample>;
  request<T>(message: Record<string, unknown>, timeoutMs?: number): Promise<T>;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts a TypeScript file under bench/ as a child (`node --expose-gc --import tsx`)
 * with an IPC channel. The child answers `{id, cmd}` messages with `{id, ...}` and
 * sends `{ready: true}` (or `{failed: message}`) once started.
 */
export async function startChild(file: string, env: Record<string, string>, opts: { readyTimeoutMs?: number; execArgv?: string[] } = {}): Promise<BenchChild> {
  const child = spawn(process.execPath, ["--expose-gc", ...(opts.execArgv ?? []), "--import", "tsx", join(BENCH_DIR, file)], {
    cwd: ROOT_DIR,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out = (out + d).slice(-20_000)));
  child.stderr!.on("data", (d) => (out = (out + d).slice(-20_000)));
  let nextId = 1;
  const pending = new Map<number, (m: Record<string, unknown>) => void>();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    child.on("message", (m: Record<string, unknown>) => {
      if (m.ready) resolve();
      else if (m.failed) reject(new Error(`${file}: ${String(m.failed)}`));
      else if (typeof m.id === "number") {
        pending.get(m.id)?.(m);
        pending.delete(m.id);
      }
    });
    child.once("exit", (code) => reject(new Error(`${file} exited with ${code} before it was ready:\n${out.slice(-3000)}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (child.connected) child.send({ id: 0, cmd: "stop" });
    const t1 = setTimeout(() => child.kill("SIGTERM"), 8_000);
    const t2 = setTimeout(() => child.kill("SIGKILL"), 12_000);
    await exited;
    clearTimeout(t1);
    clearTimeout(t2);
  };
  const remove = onCleanup(`child ${file}`, stop);
  const timeout = opts.readyTimeoutMs ?? 30_000;
  try {
    await Promise.race([ready, sleep(timeout).then(() => Promise.reject(new Error(`${file} not ready within ${timeout} ms:\n${out}`)))]);
  } catch (err) {
    await remove();
    throw err;
  }
  const request = <T>(message: Record<string, unknown>, timeoutMs = 60_000): Promise<T> => {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const t = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${file}: no answer to ${String(message.cmd)} within ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, (m) => {
        clearTimeout(t);
        if (m.error) reject(new Error(`${file}: ${String(m.error)}`));
        else resolve(m as T);
      });
      child.send({ ...message, id });
    });
  };
  return {
    child,
    request,
    memory: (gc) => request<MemorySample>({ cmd: "mem", gc }),
    output: () => out,
    stop: remove,
  };
}

/** The child side of `startChild`: answers `mem`, runs `stop`, and anything in `handlers`. */
export function serveParent(stop: () => Promise<void>, handlers: Record<string, (m: Record<string, unknown>) => Promise<Record<string, unknown>>> = {}): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  process.on("message", async (m: Record<string, unknown>) => {
    const reply = (x: Record<string, unknown>) => process.send?.({ ...x, id: m.id });
    try {
      if (m.cmd === "mem") {
        if (m.gc && gc) {
          for (let i = 0; i < 3; i++) {
            gc();
            await sleep(20);
          }
        }
        const mem = process.memoryUsage();
        reply({ ...mem, cpuMs: cpuMs() });
      } else if (m.cmd === "stop") {
        await stop().catch(() => undefined);
        process.exit(0);
      } else if (typeof m.cmd === "string" && handlers[m.cmd]) {
        reply(await handlers[m.cmd]!(m));
      } else {
        reply({ error: `unknown command ${String(m.cmd)}` });
      }
    } catch (err) {
      reply({ error: (err as Error).stack ?? String(err) });
    }
  });
  // The parent went away: do not linger.
  process.on("disconnect", () => {
    void stop().finally(() => process.exit(0));
  });
}

/**
 * Runs a bench child that does one measurement and sends its figures as its
 * `{ready: true, ...}` message, then exits.
 */
export async function childFigures<T>(file: string, env: Record<string, string>, timeoutMs = 180_000): Promise<T> {
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", join(BENCH_DIR, file)], {
    cwd: ROOT_DIR,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  let err = "";
  child.stderr!.on("data", (d) => (err = (err + d).slice(-5000)));
  const remove = onCleanup(`child ${file}`, async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  try {
    return await new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${file}: no figures within ${timeoutMs} ms`)), timeoutMs);
      child.on("message", (m: Record<string, unknown>) => {
        clearTimeout(timer);
        if (m.failed) reject(new Error(`${file}: ${String(m.failed)}`));
        else resolve(m as T);
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`${file} exited with ${code} without figures:\n${err}`));
      });
    });
  } finally {
    await remove();
  }
}

// ---------------------------------------------------------------- accounts

/**
 * Creates accounts with XEP-0077 in-band registration, `parallel` at a time
 * (Prosody's `allow_registration` with no throttle). Much faster than
 * `prosodyctl register` (one Lua process start each, about 50 ms).
 */
export async function registerMany(
  serviceMap: Record<string, string>,
  accounts: { user: string; host: string; password: string }[],
  parallel = 20,
): Promise<void> {
  let next = 0;
  const failures: string[] = [];
  const worker = async () => {
    while (next < accounts.length) {
      const a = accounts[next++]!;
      const r = await registerAccount(a.host, serviceMap, { username: a.user, password: a.password }, { timeoutMs: 30_000 });
      if (!r.ok && r.reason !== "conflict") failures.push(`${a.user}@${a.host}: ${r.reason}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, accounts.length) }, worker));
  if (failures.length > 0) throw new Error(`registration failed for ${failures.length} accounts, e.g. ${failures.slice(0, 3).join("; ")}`);
}

export const mb = (bytes: number) => bytes / 1024 / 1024;
