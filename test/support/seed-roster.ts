import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ProsodyServer } from "../../src/devserver/prosody.ts";
import type { Contact } from "../../src/core/contact.ts";

/** Prosody's file-store name encoding: everything but letters and digits as %xx. */
const encode = (s: string) => s.replace(/[^a-zA-Z0-9]/g, (c) => "%" + c.charCodeAt(0).toString(16).padStart(2, "0"));
const lua = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;

/**
 * Writes a roster straight into Prosody's internal storage, with any
 * subscription state, as years of use would leave it. A client cannot set
 * `both` or `from` itself; this is how tests get a realistic source account.
 * The user must not be signed in while this runs.
 */
export async function seedRoster(server: ProsodyServer, user: string, host: string, items: Contact[]): Promise<void> {
  const dir = join(server.dir, "data", encode(host), "roster");
  await mkdir(dir, { recursive: true });
  const entries = items.map((c) => {
    const fields = [`["subscription"] = ${lua(c.subscription ?? "none")};`];
    if (c.name) fields.push(`["name"] = ${lua(c.name)};`);
    if (c.ask) fields.push(`["ask"] = "subscribe";`);
    fields.push(`["groups"] = { ${c.groups.map((g) => `[${lua(g)}] = true;`).join(" ")} };`);
    return `\t[${lua(c.jid)}] = { ${fields.join(" ")} };`;
  });
  const text = `return {\n\t[false] = { ["pending"] = {}; ["version"] = 1; };\n${entries.join("\n")}\n};\n`;
  await writeFile(join(dir, `${encode(user)}.dat`), text);
}
