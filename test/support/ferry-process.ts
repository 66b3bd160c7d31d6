import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

const FERRY_BIN = join(import.meta.dirname, "../../bin/ferry.js");

/** Runs `ferry ARGS` as a real process (to kill it, or check its exit code and output). */
export function runFerry(env: Record<string, string>, args: string[] = []) {
  const child: ChildProcess = spawn(process.execPath, [FERRY_BIN, ...args], { env: { PATH: process.env.PATH, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => out,
    async waitForOutput(pattern: RegExp, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(out)) {
        if (Date.now() > deadline) throw new Error(`no ${pattern} in output:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

/** The Ferry processes a test file starts; `killAll` in afterAll, so a failed test leaves no second bot online. */
export function ferryProcesses() {
  const started: ReturnType<typeof runFerry>[] = [];
  return {
    start(env: Record<string, string>, args: string[] = []) {
      const p = runFerry(env, args);
      started.push(p);
      return p;
    },
    killAll() {
      for (const p of started) p.child.kill("SIGKILL");
    },
  };
}
