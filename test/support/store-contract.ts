import { describe, it, expect } from "vitest";
import type Keyv from "keyv";
import { storeAtomics } from "../../src/store/atomics.ts";
import { JobStore } from "../../src/jobs/job-store.ts";
import { KnownUsers } from "../../src/users/known-users.ts";
import { BroadcastStore } from "../../flows/admin/broadcast-store.ts";
import { newJob } from "../../src/jobs/job.ts";

const users = Array.from({ length: 50 }, (_, i) => `user${i}@old.test`);
const sorted = (list: string[]) => [...list].sort();

/**
 * What Ferry needs of a store when several instances share it, run against
 * one backend: `open` gives a fresh, empty store each call; two calls with the
 * same `shared` name give two connections to one store (two Ferry processes).
 */
export function storeContract(backend: string, open: (shared?: string) => Promise<Keyv>) {
  describe(`the ${backend} store shared by several instances`, () => {
    it("keeps fifty concurrent first saves of fifty users' jobs: the restart and the stats see every user", async () => {
      const jobs = new JobStore(await open(), "job");
      await Promise.all(users.map((u, i) => jobs.save(newJob("move", `job-${i}`, u, u.replace("old", "new"), [], [], []))));
      expect(sorted(await jobs.users())).toEqual(sorted(users));
    });

    it("keeps fifty people who wrote to two instances at once (the broadcast audience)", async () => {
      const [a, b] = [new KnownUsers(await open("known")), new KnownUsers(await open("known"))];
      await Promise.all(users.map((u, i) => (i % 2 ? a : b).remember(u)));
      expect(sorted(await new KnownUsers(await open("known")).all())).toEqual(sorted(users));
    });

    it("lists both of two broadcasts saved at once", async () => {
      const store = new BroadcastStore(await open());
      const broadcast = (id: string) => ({ id, by: "boss@old.test", createdAt: "2030-01-01T00:00:00Z", texts: { en: id }, audience: { kind: "online" as const }, recipients: [], status: "sending" as const });
      await Promise.all([store.save(broadcast("b1")), store.save(broadcast("b2"))]);
      expect(sorted(await store.ids())).toEqual(["b1", "b2"]);
    });

    it("gives a lease to exactly one of many instances claiming it at once", async () => {
      const instances = await Promise.all(Array.from({ length: 10 }, () => open("lease")));
      const took = await Promise.all(
        instances.map((store, i) => storeAtomics(store).takeLease("lease:move:alice", { owner: `i${i}`, bot: `bot${i}@old.test`, until: 2_000 }, 1_000)),
      );
      expect(took.filter(Boolean)).toHaveLength(1);
      const winner = took.indexOf(true);
      expect(await storeAtomics(instances[0]!).lease("lease:move:alice")).toEqual({ owner: `i${winner}`, bot: `bot${winner}@old.test`, until: 2_000 });
    });

    it("lets a lease be renewed and released only by its owner, and taken by another once it expired", async () => {
      const [a, b] = [storeAtomics(await open("expiry")), storeAtomics(await open("expiry"))];
      expect(await a.takeLease("l", { owner: "a", bot: "bot-a", until: 2_000 }, 1_000)).toBe(true);
      expect(await a.takeLease("l", { owner: "a", bot: "bot-a", until: 2_500 }, 1_500)).toBe(false);
      expect(await b.takeLease("l", { owner: "b", bot: "bot-b", until: 2_500 }, 1_500)).toBe(false);
      expect(await b.renewLease("l", "b", 3_000)).toBe(false);
      await b.releaseLease("l", "b");
      expect(await a.renewLease("l", "a", 3_000)).toBe(true);
      expect(await b.takeLease("l", { owner: "b", bot: "bot-b", until: 4_000 }, 2_999)).toBe(false);
      expect(await b.takeLease("l", { owner: "b", bot: "bot-b", until: 4_000 }, 3_000)).toBe(true);
      expect(await a.renewLease("l", "a", 5_000)).toBe(false);
      await b.releaseLease("l", "b");
      expect(await a.lease("l")).toBeUndefined();
    });

    it("lets a new process of the same bot account take its dead predecessor's live lease", async () => {
      const [old, restarted, other] = [storeAtomics(await open("restart")), storeAtomics(await open("restart")), storeAtomics(await open("restart"))];
      expect(await old.takeLease("l", { owner: "old", bot: "migrate@old.test", until: 9_000 }, 1_000)).toBe(true);
      expect(await other.takeLease("l", { owner: "other", bot: "migrate2@old.test", until: 9_000 }, 1_000)).toBe(false);
      expect(await restarted.takeLease("l", { owner: "new", bot: "migrate@old.test", until: 9_000 }, 1_000)).toBe(true);
      expect(await old.renewLease("l", "old", 10_000)).toBe(false);
    });
  });
}
