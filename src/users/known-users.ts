import type Keyv from "keyv";
import { storeAtomics, type StoreAtomics } from "../store/atomics.ts";
import { legacyList } from "../store/legacy-list.ts";

/** How many list records Ferry spread the index over before it became a set. */
const LEGACY_SHARDS = 64;

/**
 * Everyone who has talked to Ferry. Prosody 0.12 cannot list its accounts over
 * XMPP (XEP-0133), so this is part of how a broadcast reaches "all users" who
 * ever wrote to the bot. A database set, so instances adding people at once
 * lose nobody; added once per person and process, the rest comes from memory.
 */
export class KnownUsers {
  private readonly seen = new Set<string>();
  private readonly atomics: StoreAtomics;

  constructor(private readonly store: Keyv) {
    this.atomics = storeAtomics(store);
  }

  async remember(user: string): Promise<void> {
    if (this.seen.has(user)) return;
    await this.atomics.addMember("known-users", user);
    this.seen.add(user);
  }

  async all(): Promise<string[]> {
    const legacy = await legacyList(this.store, ...Array.from({ length: LEGACY_SHARDS }, (_, i) => `known:${i}`));
    return [...new Set([...(await this.atomics.members("known-users")), ...legacy])];
  }
}
