import type { Lease, StoreAtomics } from "./atomics.ts";

/** One state per in-memory store, so every user of that store (two engines in a test) shares it. */
const states = new WeakMap<object, { sets: Map<string, Set<string>>; leases: Map<string, Lease> }>();

/**
 * The in-memory store's atomic steps (tests, a throwaway demo): one process
 * holds all of it, and each step runs without an await, so none can interleave.
 */
export function memoryAtomics(store: object, prefix: string): StoreAtomics {
  let state = states.get(store);
  if (!state) states.set(store, (state = { sets: new Map(), leases: new Map() }));
  const { sets, leases } = state;
  return {
    async addMember(name, member) {
      const set = sets.get(prefix + name) ?? new Set<string>();
      sets.set(prefix + name, set.add(member));
    },
    async members(name) {
      return [...(sets.get(prefix + name) ?? [])];
    },
    async takeLease(key, lease, now) {
      const held = leases.get(prefix + key);
      if (held && held.until > now && (held.owner === lease.owner || held.bot !== lease.bot)) return false;
      leases.set(prefix + key, { ...lease });
      return true;
    },
    async renewLease(key, owner, until) {
      const held = leases.get(prefix + key);
      if (held?.owner !== owner) return false;
      held.until = until;
      return true;
    },
    async releaseLease(key, owner) {
      if (leases.get(prefix + key)?.owner === owner) leases.delete(prefix + key);
    },
    async lease(key) {
      const held = leases.get(prefix + key);
      return held && { ...held };
    },
  };
}
