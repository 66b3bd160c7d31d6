import type Keyv from "keyv";
import { memoryAtomics } from "./memory-atomics.ts";
import { sqlAtomics } from "./sql-atomics.ts";
import { redisAtomics } from "./redis-atomics.ts";

/** Who may do something only one Ferry instance may do at a time (run one user's job), and until when (ms since the epoch). */
export interface Lease {
  /** The instance, random per process. */
  owner: string;
  /** Its bot account (FERRY_JID). */
  bot: string;
  until: number;
}

/**
 * The few steps that must be atomic when several instances share a store,
 * each done by the backing database itself: no read-modify-write, no
 * write-then-read-back. Keyv offers get and set only, so these sit beside it.
 */
export interface StoreAtomics {
  /** Adds `member` to the set `name`; concurrent adds are all kept. */
  addMember(name: string, member: string): Promise<void>;
  members(name: string): Promise<string[]>;
  /**
   * Takes the lease `key` if it is free at `now`: absent, expired, or held
   * by another instance of the same bot account (a process of this bot that
   * died: one bot account runs one instance). A lease this owner holds is
   * not taken twice. Resolves whether this call took it.
   */
  takeLease(key: string, lease: Lease, now: number): Promise<boolean>;
  /** Moves the lease's expiry to `until` if `owner` still holds it; resolves whether it does. */
  renewLease(key: string, owner: string, until: number): Promise<boolean>;
  /** Gives the lease up if `owner` holds it. */
  releaseLease(key: string, owner: string): Promise<void>;
  lease(key: string): Promise<Lease | undefined>;
}

type Adapter = { opts?: { dialect?: string }; query?: (...args: unknown[]) => Promise<unknown[]>; getClient?: () => Promise<unknown> };

/** The atomic steps of the database behind `store`: SQLite and Postgres by SQL, Redis by its own commands, the in-memory store in process. */
export function storeAtomics(store: Keyv): StoreAtomics {
  const adapter = store.store as Adapter;
  const prefix = `${store.namespace ?? "keyv"}:`;
  // One per database and namespace: the job stores, users, broadcasts and the engine share it (and its table set-up).
  const known = built.get(adapter) ?? new Map<string, StoreAtomics>();
  built.set(adapter, known);
  let atomics = known.get(prefix);
  if (!atomics) {
    atomics = atomicsFor(adapter, prefix);
    known.set(prefix, atomics);
  }
  return atomics;
}

const built = new WeakMap<object, Map<string, StoreAtomics>>();

function atomicsFor(adapter: Adapter, prefix: string): StoreAtomics {
  if (adapter instanceof Map) return memoryAtomics(adapter, prefix);
  const dialect = adapter.opts?.dialect;
  if ((dialect === "sqlite" || dialect === "postgres") && adapter.query) return sqlAtomics(adapter.query.bind(adapter), dialect, prefix);
  if (dialect === "redis" && adapter.getClient) return redisAtomics(adapter.getClient.bind(adapter) as never, prefix);
  throw new Error(`no atomic operations for this store (${dialect ?? adapter.constructor?.name})`);
}
