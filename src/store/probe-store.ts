import { randomUUID } from "node:crypto";
import { openStore } from "./open-store.ts";
import { withoutUrlPassword } from "./store-url.ts";

/**
 * Whether the store named by FERRY_STORE takes Ferry's writes: opens it,
 * writes a record of its own, reads it back and deletes it. Rejects with an
 * Error whose message is the reason, the URL's password taken out.
 */
export async function probeStore(url: string): Promise<void> {
  const clean = (err: unknown) => new Error(withoutUrlPassword(err instanceof Error ? err.message : String(err), url));
  const store = await openStore(url, () => undefined).catch((err: unknown) => {
    throw clean(err);
  });
  // Keyv only emits a failed write by default; here the write is the question.
  store.throwOnErrors = true;
  const key = `readiness-check:${randomUUID()}`;
  try {
    if (!(await store.set(key, "written")) || (await store.get(key)) !== "written") throw new Error("a record written could not be read back");
    await store.delete(key);
  } catch (err) {
    throw clean(err);
  } finally {
    await store.disconnect().catch(() => undefined);
  }
}
