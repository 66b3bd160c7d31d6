import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdtemp, open, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort, stopProcess, waitUntilReady } from "./child-server.ts";

const run = promisify(execFile);
const USER = "ferry";
const PASSWORD = "ferry";

export interface PostgresServer {
  /** `postgres://ferry:ferry@127.0.0.1:PORT/ferry`, a database made for Ferry. */
  url: string;
  /** Creates another empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** The newest server Debian installed, e.g. /usr/lib/postgresql/15/bin. */
async function binDir(): Promise<string> {
  const root = "/usr/lib/postgresql";
  const versions = (await readdir(root).catch(() => []))
    .filter((v) => existsSync(join(root, v, "bin", "postgres")))
    .sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error(`no PostgreSQL in ${root}; scripts/ensure-deps.sh installs Debian's postgresql`);
  return join(root, versions[0]!, "bin");
}

/** PostgreSQL refuses to run as root: as root, run it as the Debian package's `postgres` user. */
async function serverIds(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const { stdout } = await run("getent", ["passwd", "postgres"]);
  const [, , uid, gid] = stdout.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * A throwaway PostgreSQL on 127.0.0.1 for tests: a fresh cluster (trust auth,
 * no fsync) whose data, socket and log live in one temp folder, removed on stop.
 * Nothing goes to /etc/postgresql, /var/lib or /var/run. Start-up takes 2–3 s on
 * a busy 2-core machine, nearly all of it initdb (start one per test file, not per test).
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = await binDir();
  const ids = await serverIds();
  const dir = await mkdtemp(join(tmpdir(), "ferry-postgres-"));
  if (ids) await chown(dir, ids.uid, ids.gid);
  const data = join(dir, "data");
  await run(join(bin, "initdb"), ["-D", data, "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], { ...ids });
  const port = await freePort();
  const logFile = join(dir, "postgres.log");
  const log = await open(logFile, "w");
  const child = spawn(join(bin, "postgres"), [
    "-D", data,
    "-p", String(port),
    "-h", "127.0.0.1",
    "-k", dir,
    // Throwaway data: durability only costs time.
    "-c", "fsync=off",
    "-c", "synchronous_commit=off",
    "-c", "full_page_writes=off",
  ], { stdio: ["ignore", log.fd, log.fd], ...ids });
  await log.close();
  // The port opens before recovery ends; postmaster.pid says "ready" once connections are accepted.
  const ready = async () => (await readFile(join(data, "postmaster.pid"), "utf8").catch(() => "")).includes("\nready");
  const createDatabase = async (name: string) => {
    await run(join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", USER, name]);
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`;
  };
  let url: string;
  try {
    await waitUntilReady(ready, child, `postgres (see ${logFile})`);
    url = await createDatabase("ferry");
  } catch (err) {
    await stopProcess(child, "SIGINT"); // the folder stays, for its log
    throw err;
  }
  return {
    url,
    createDatabase,
    async stop() {
      // Smart shutdown first: sessions a client is closing end normally (a fast shutdown tells them
      // "terminated by administrator", which pg raises as an error event nobody listens to any more).
      // Sessions still open after a moment are ended: SIGINT is the fast shutdown.
      const fast = setTimeout(() => child.kill("SIGINT"), 2_000);
      await stopProcess(child, "SIGTERM");
      clearTimeout(fast);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
