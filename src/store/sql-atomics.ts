import type { Lease, StoreAtomics } from "./atomics.ts";

type Query = (sql: string, params?: unknown[]) => Promise<unknown[]>;
type Row = Record<string, unknown>;

const TABLES = [
  "CREATE TABLE IF NOT EXISTS ferry_sets (set_name TEXT NOT NULL, member TEXT NOT NULL, PRIMARY KEY (set_name, member))",
  "CREATE TABLE IF NOT EXISTS ferry_leases (lease_key TEXT PRIMARY KEY, owner_id TEXT NOT NULL, bot_jid TEXT NOT NULL, until_ms BIGINT NOT NULL)",
];

/**
 * The atomic steps in SQL, beside Keyv's own table: a set is rows under a
 * primary key (an insert never clobbers another), a lease is one row taken by
 * an upsert whose WHERE decides, in the database, whether the holder may be
 * replaced. SQLite (3.35 or later, for RETURNING) and PostgreSQL run the same statements.
 */
export function sqlAtomics(query: Query, dialect: "sqlite" | "postgres", prefix: string): StoreAtomics {
  // PostgreSQL numbers its parameters $1…; SQLite's numbered form is ?1….
  const sql = dialect === "sqlite" ? (text: string) => text.replace(/\$(\d+)/g, "?$1") : (text: string) => text;
  let ready: Promise<void> | undefined;
  const tables = async () => {
    for (const create of TABLES) {
      // Two instances starting together may both create a table; PostgreSQL then fails one of them once.
      await query(create).catch(() => query(create));
    }
  };
  const run = async (text: string, params: unknown[]) => {
    ready ??= tables().catch((err) => {
      ready = undefined;
      throw err;
    });
    await ready;
    return (await query(sql(text), params)) as Row[];
  };
  return {
    async addMember(name, member) {
      await run("INSERT INTO ferry_sets (set_name, member) VALUES ($1, $2) ON CONFLICT DO NOTHING", [prefix + name, member]);
    },
    async members(name) {
      return (await run("SELECT member FROM ferry_sets WHERE set_name = $1", [prefix + name])).map((r) => String(r.member));
    },
    async takeLease(key, lease, now) {
      const rows = await run(
        `INSERT INTO ferry_leases (lease_key, owner_id, bot_jid, until_ms) VALUES ($1, $2, $3, $4)
         ON CONFLICT (lease_key) DO UPDATE SET owner_id = excluded.owner_id, bot_jid = excluded.bot_jid, until_ms = excluded.until_ms
         WHERE ferry_leases.until_ms <= $5 OR (ferry_leases.bot_jid = excluded.bot_jid AND ferry_leases.owner_id <> excluded.owner_id)
         RETURNING owner_id`,
        [prefix + key, lease.owner, lease.bot, lease.until, now],
      );
      return rows.length === 1;
    },
    async renewLease(key, owner, until) {
      const rows = await run("UPDATE ferry_leases SET until_ms = $3 WHERE lease_key = $1 AND owner_id = $2 RETURNING owner_id", [prefix + key, owner, until]);
      return rows.length === 1;
    },
    async releaseLease(key, owner) {
      await run("DELETE FROM ferry_leases WHERE lease_key = $1 AND owner_id = $2", [prefix + key, owner]);
    },
    async lease(key) {
      const [row] = await run("SELECT owner_id, bot_jid, until_ms FROM ferry_leases WHERE lease_key = $1", [prefix + key]);
      return row ? ({ owner: String(row.owner_id), bot: String(row.bot_jid), until: Number(row.until_ms) } satisfies Lease) : undefined;
    },
  };
}
