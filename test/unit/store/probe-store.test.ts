import { describe, it, expect } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Keyv from "keyv";
import { probeStore } from "../../../src/store/probe-store.ts";
import { openStore } from "../../../src/store/open-store.ts";

describe("probing the store", () => {
  it("writes, reads back and removes its record in a store Ferry can write", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ferry-probe-"));
    try {
      const url = `sqlite://${join(dir, "ferry.sqlite")}`;
      await probeStore(url);
      const store: Keyv = await openStore(url, () => undefined);
      const left = await (store.store as { query(sql: string): Promise<{ key: string }[]> }).query("SELECT key FROM keyv");
      await store.disconnect();
      expect(left).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("rejects with the reason for a folder nobody may write in, root included", async () => {
    await expect(probeStore("sqlite:///sys/ferry-probe.sqlite")).rejects.toThrow(/SQLITE_CANTOPEN/);
  });
});
