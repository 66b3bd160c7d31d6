import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ProsodyServer } from "./prosody.ts";

/** A roster item as Prosody stores it (the shape of core's Contact, which this layer cannot import). */
export interface SeededItem {
  jid: string;
  name?: string;
  groups: string[];
  subscription?: "none" | "to" | "from" | "both";
  /** The user asked to see the contact's presence and has no answer yet. */
  ask?: boolean;
}

/** Prosody's file-store name encoding: everything but letters and digits as %xx. */
const encode = (s: string) => s.replace(/[^a-zA-Z0-9]/g, (c) => "%" + c.charCodeAt(0).toString(16).padStart(2, "0"));
const lua = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;

/**
 * Writes a roster straight into Prosody's internal storage, with any
 * subscription state, as years of use would leave it. A client cannot set
 * `both` or `from` itself; this is how tests and the demo get a realistic
 * account. `pendingIn` are addresses that asked to see the user's presence and
 * got no answer yet (Prosody shows them to the user's client at sign-in).
 * The user must not be signed in while this runs.
 */
export async function seedProsodyRoster(server: ProsodyServer, user: string, host: string, items: SeededItem[], pendingIn: string[] = []): Promise<void> {
  const dir = join(server.dataDir, encode(host), "roster");
  await mkdir(dir, { recursive: true });
  const entries = items.map((c) => {
    const fields = [`["subscription"] = ${lua(c.subscription ?? "none")};`];
    if (c.name) fields.push(`["name"] = ${lua(c.name)};`);
    if (c.ask) fields.push(`["ask"] = "subscribe";`);
    fields.push(`["groups"] = { ${c.groups.map((g) => `[${lua(g)}] = true;`).join(" ")} };`);
    return `\t[${lua(c.jid)}] = { ${fields.join(" ")} };`;
  });
  const pending = pendingIn.map((jid) => `[${lua(jid)}] = true;`).join(" ");
  const text = `return {\n\t[false] = { ["pending"] = { ${pending} }; ["version"] = 1; };\n${entries.join("\n")}\n};\n`;
  await writeFile(join(dir, `${encode(user)}.dat`), text);
}
