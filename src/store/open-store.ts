import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Keyv from "keyv";

/**
 * Opens the Keyv store named by FERRY_STORE. SQLite is the default and is
 * loaded eagerly; Redis and Postgres adapters are imported only when used.
 */
export async function openStore(url: string, onError: (err: unknown) => void, namespace = "ferry"): Promise<Keyv> {
  let adapter: unknown;
  if (url.startsWith("sqlite://")) {
    const file = url.slice("sqlite://".length);
    if (file !== ":memory:") mkdirSync(dirname(resolve(file)), { recursive: true });
    const { default: KeyvSqlite } = await import("@keyv/sqlite");
    const sqlite = new KeyvSqlite({ uri: url, busyTimeout: 10_000 });
    if (file !== ":memory:") {
      // Every chat turn writes; the default rollback journal syncs the disk on each
      // write (about 1 ms, serialised), WAL with NORMAL sync about 0.1 ms. A power
      // cut may lose the last writes but never corrupts the file, and the jobs'
      // journal is backed by the target roster anyway.
      await whenNotBusy(() => sqlite.query("PRAGMA journal_mode=WAL"));
      await sqlite.query("PRAGMA synchronous=NORMAL");
    }
    adapter = sqlite;
  } else if (url.startsWith("redis://") || url.startsWith("rediss://")) {
    const { default: KeyvRedis } = await import("@keyv/redis");
    adapter = new KeyvRedis(url);
  } else if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    const { default: KeyvPostgres } = await import("@keyv/postgres");
    adapter = new KeyvPostgres({ uri: url });
  } else {
    throw new Error(`unsupported store URL scheme in ${url.replace(/\/\/[^@/]*@/, "//…@")}`);
  }
  const store = new Keyv({ store: adapter as never, namespace });
  // Keyv emits adapter errors as events; unheard, Node would crash on them.
  store.on("error", onError);
  return store;
}

/**
 * Switching a file to WAL needs it to itself for a moment, and SQLite answers
 * SQLITE_BUSY at once (its busy timeout does not wait for that) while another
 * process opens the same file: instances started together try again shortly.
 */
async function whenNotBusy(step: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await step();
      return;
    } catch (err) {
      if (attempt >= 50 || !/SQLITE_BUSY/.test(String(err))) throw err;
      await new Promise((r) => setTimeout(r, 20 * Math.min(attempt, 10)));
    }
  }
}
