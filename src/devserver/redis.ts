import { spawn } from "node:child_process";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, stopProcess, waitForPort } from "./child-server.ts";

export interface RedisServer {
  /** `redis://127.0.0.1:PORT`; append `/N` for database N. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A throwaway Redis (Debian's redis-server) on loopback for tests: no persistence,
 * its working dir and log in a fresh temp folder, removed on stop.
 */
export async function startRedis(options: { databases?: number } = {}): Promise<RedisServer> {
  const dir = await mkdtemp(join(tmpdir(), "ferry-redis-"));
  const port = await freePort();
  const logFile = join(dir, "redis.log");
  const log = await open(logFile, "w");
  const child = spawn("redis-server", [
    "--port", String(port),
    "--bind", "127.0.0.1",
    "--dir", dir,
    "--save", "",
    "--appendonly", "no",
    // Tests take a fresh database per store; Redis's default of 16 runs out.
    "--databases", String(options.databases ?? 1000),
  ], { stdio: ["ignore", log.fd, log.fd] });
  await log.close();
  const stop = async () => {
    await stopProcess(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, child, `redis-server (see ${logFile})`);
  } catch (err) {
    await stopProcess(child); // the folder stays, for its log
    throw err;
  }
  return { url: `redis://127.0.0.1:${port}`, stop };
}
