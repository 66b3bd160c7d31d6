import type Keyv from "keyv";
import { storeBackends } from "../support/store-backends.ts";
import { storeContract } from "../support/store-contract.ts";

/** The store contract (no lost update, one lease holder) on each real backend: SQLite, and throwaway Redis and PostgreSQL servers. */
for (const backend of storeBackends()) {
  // The first store opened under a name; later ones are further connections to it (other instances).
  const shared = new Map<string, Promise<Keyv>>();
  storeContract(backend.name, async (name) => {
    if (!name) return backend.open();
    const first = shared.get(name);
    if (first) return backend.open(await first);
    const opening = backend.open();
    shared.set(name, opening);
    return opening;
  });
}
