import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Keyv from "keyv";
import { afterAll, afterEach, beforeAll } from "vitest";
import { startPostgres, type PostgresServer } from "../../src/devserver/postgres.ts";
import { startRedis, type RedisServer } from "../../src/devserver/redis.ts";
import { openStore } from "../../src/store/open-store.ts";

export type StoreBackendName = "sqlite" | "redis" | "postgres";

export interface StoreBackend {
  name: StoreBackendName;
  /** The store's URL, as FERRY_STORE would give it (set once `beforeAll` has run). */
  readonly url: string;
  /**
   * Opens a store through Ferry's `openStore`. Without `share` it is empty and
   * isolated (a namespace no other call used); with `share` it is a second
   * connection to that store (or namespace: `{ namespace: "ferry" }` is what
   * Ferry processes on `url` use), as a second Ferry process would open.
   */
  open(share?: Pick<Keyv, "namespace">): Promise<Keyv>;
}

/**
 * Every store backend Ferry supports, for `describe.each(storeBackends())`.
 * Call it at the top of a test file: it starts a throwaway Redis and PostgreSQL
 * (and an SQLite file) before the file's tests and removes them afterwards.
 * A store error (which Keyv turns into `false` or `undefined`) fails the test.
 *
 * @keyv/postgres 2.2.3 shares one pool among all stores of a URL, and its
 * disconnect() ends that pool for all of them (a second call throws): tests
 * must not disconnect Postgres stores; this helper does it once at the end.
 */
export function storeBackends(): StoreBackend[] {
  let redis: RedisServer | undefined;
  let postgres: PostgresServer | undefined;
  let sqliteDir: string | undefined;
  const urls = new Map<StoreBackendName, string>();
  const opened: { name: StoreBackendName; store: Keyv }[] = [];
  const errors: unknown[] = [];
  let namespaces = 0;

  beforeAll(async () => {
    [redis, postgres, sqliteDir] = await Promise.all([startRedis(), startPostgres(), mkdtemp(join(tmpdir(), "ferry-sqlite-"))]);
    urls.set("sqlite", `sqlite://${join(sqliteDir, "ferry.sqlite")}`);
    urls.set("redis", redis.url);
    urls.set("postgres", postgres.url);
  });

  afterEach(() => {
    const seen = errors.splice(0);
    if (seen.length > 0) throw new Error(`store errors during the test: ${seen.map(String).join("; ")}`);
  });

  afterAll(async () => {
    let postgresStore: Keyv | undefined;
    for (const { name, store } of opened) {
      if (name === "postgres") postgresStore = store; // one shared pool: end it once
      else await store.disconnect();
    }
    await postgresStore?.disconnect();
    await Promise.all([redis?.stop(), postgres?.stop(), sqliteDir && rm(sqliteDir, { recursive: true, force: true })]);
  });

  return (["sqlite", "redis", "postgres"] as const).map((name) => ({
    name,
    get url() {
      const url = urls.get(name);
      if (!url) throw new Error(`the ${name} store is not started yet (use it inside a test or hook)`);
      return url;
    },
    async open(share?: Pick<Keyv, "namespace">) {
      const namespace = share?.namespace ?? `test${++namespaces}`;
      const store = await openStore(this.url, (err) => errors.push(err), namespace);
      opened.push({ name, store });
      return store;
    },
  }));
}
