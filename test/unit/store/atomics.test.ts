import { afterAll } from "vitest";
import Keyv from "keyv";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../../src/store/open-store.ts";
import { storeContract } from "../../support/store-contract.ts";

/** Keyv's in-memory store (unit tests, `FERRY_STORE` unset in tests) and the default SQLite file; Redis and Postgres run in the integration tests. */
const memory = new Map<string, Map<unknown, unknown>>();
storeContract("in-memory", async (shared) => {
  if (!shared) return new Keyv();
  if (!memory.has(shared)) memory.set(shared, new Map());
  return new Keyv({ store: memory.get(shared)! });
});

const dir = mkdtempSync(join(tmpdir(), "ferry-store-"));
const opened: Keyv[] = [];
let fresh = 0;
storeContract("SQLite", async (shared) => {
  const store = await openStore(`sqlite://${join(dir, `${shared ?? `fresh-${fresh++}`}.sqlite`)}`, () => undefined);
  opened.push(store);
  return store;
});
afterAll(async () => {
  await Promise.all(opened.map((s) => s.disconnect()));
  rmSync(dir, { recursive: true, force: true });
});
