import type { ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import { createServer, connect } from "node:net";

/** A throwaway server as a child process: a free loopback port, waiting until it is ready, stopping it. */

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

export function portAccepts(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => { s.destroy(); resolve(true); });
    s.once("error", () => resolve(false));
  });
}

/**
 * Polls `ready` until it says yes; fails early when the server process exits.
 * `what` names the server and where its log is, for the error message.
 */
export async function waitUntilReady(ready: () => Promise<boolean>, child: ChildProcess, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${what} exited with ${child.exitCode ?? child.signalCode}`);
    }
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} was not ready within ${timeoutMs / 1000} s`);
}

export function waitForPort(port: number, child: ChildProcess, what: string): Promise<void> {
  return waitUntilReady(() => portAccepts(port), child, `${what} (port ${port})`);
}

/** SIGTERM (or `signal`), then SIGKILL if the process has not exited after 5 s. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starting, halting, restarting and stopping a server's process, the same for
 * every kind: `spawn` starts it and `ready` waits for it; `stop` also removes
 * the folder when the server made it.
 */
export function childLifecycle(o: { spawn: () => ChildProcess; ready: (child: ChildProcess) => Promise<void>; dir: string; ownDir: boolean }) {
  let child: ChildProcess | undefined;
  const start = async () => {
    child = o.spawn();
    await o.ready(child);
  };
  const halt = async () => {
    const proc = child;
    child = undefined;
    if (proc) await stopProcess(proc);
  };
  return {
    start,
    halt,
    async restart() {
      await halt();
      await start();
    },
    async stop() {
      await halt();
      if (o.ownDir) await rm(o.dir, { recursive: true, force: true });
    },
  };
}
