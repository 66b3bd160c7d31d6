import type Keyv from "keyv";
import { createHash } from "node:crypto";

/** Shards keep each write small however many people a shutting-down server has. */
const SHARDS = 64;

/**
 * Everyone who has talked to Ferry. Prosody 0.12 cannot list its accounts over
 * XMPP (XEP-0133), so this is part of how a broadcast reaches "all users" who
 * ever wrote to the bot. Written once per person; the rest comes from memory.
 */
export class KnownUsers {
  private seen: Set<string> | undefined;

  constructor(private readonly store: Keyv) {}

  private shardOf(user: string): string {
    return `known:${createHash("sha1").update(user).digest()[0]! % SHARDS}`;
  }

  private async load(): Promise<Set<string>> {
    if (!this.seen) this.seen = new Set(await this.all());
    return this.seen;
  }

  async remember(user: string): Promise<void> {
    const seen = await this.load();
    if (seen.has(user)) return;
    seen.add(user);
    const key = this.shardOf(user);
    const shard = ((await this.store.get(key)) as string[] | undefined) ?? [];
    if (!shard.includes(user)) await this.store.set(key, [...shard, user]);
  }

  async all(): Promise<string[]> {
    const shards = await Promise.all(Array.from({ length: SHARDS }, (_, i) => this.store.get(`known:${i}`) as Promise<string[] | undefined>));
    return shards.flatMap((s) => s ?? []);
  }
}
