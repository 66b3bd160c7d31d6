import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { storeBackends } from "../support/store-backends.ts";

const run = promisify(execFile);
const OPEN_STORE = join(import.meta.dirname, "../../src/store/open-store.ts");

// A second Ferry process in miniature: its own Node, its own adapter and connections.
const SECOND_PROCESS = `
const [openStorePath, url, namespace] = process.argv.slice(1);
const { openStore } = await import(openStorePath);
const errors = [];
const store = await openStore(url, (err) => errors.push(err), namespace);
const seen = await store.get("from-first");
await store.set("from-second", { seen });
await store.disconnect();
if (errors.length > 0) throw new Error(errors.map(String).join("; "));
`;

describe.each(storeBackends())("the $name store through openStore", (backend) => {
  it("keeps a JSON record, gives it back and deletes it", async () => {
    const store = await backend.open();
    const record = { jid: "alice@old.test", contacts: ["bob@old.test"], step: 3, done: false, at: null };
    expect(await store.set("job:alice", record)).toBe(true);
    expect(await store.get("job:alice")).toEqual(record);
    expect(await store.delete("job:alice")).toBe(true);
    expect(await store.get("job:alice")).toBeUndefined();
  });

  it("gives each open() its own empty store", async () => {
    const first = await backend.open();
    const other = await backend.open();
    await first.set("k", "first");
    expect(await other.get("k")).toBeUndefined();
    expect(await first.get("k")).toBe("first");
  });

  it("forgets a record once its TTL has passed", async () => {
    const store = await backend.open();
    expect(await store.set("lease", { owner: "a" }, 300)).toBe(true);
    expect(await store.get("lease")).toEqual({ owner: "a" });
    await new Promise((r) => setTimeout(r, 400));
    expect(await store.get("lease")).toBeUndefined();
  });

  it("is shared by two processes: each sees the other's writes", async () => {
    const store = await backend.open();
    await store.set("from-first", { by: "first" });
    await run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SECOND_PROCESS, OPEN_STORE, backend.url, store.namespace!]);
    expect(await store.get("from-second")).toEqual({ seen: { by: "first" } });
  });
});
