import type Keyv from "keyv";

/**
 * Entries of an index Ferry kept as one list record before its indexes became
 * database sets (StoreAtomics.addMember): read, never written, so a store
 * from an earlier version loses nobody after the upgrade.
 */
export async function legacyList(store: Keyv, ...keys: string[]): Promise<string[]> {
  const lists = await Promise.all(keys.map((key) => store.get(key) as Promise<string[] | undefined>));
  return lists.flatMap((list) => list ?? []);
}
