/** prosody-migrator for tests and benchmarks: seed a throwaway server's archive, import a backup as an admin would. */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { xml } from "@xmpp/client";

const run = promisify(execFile);
/** Debian's prosody package installs it; a test that needs it fails when it is missing. */
export const PROSODY_MIGRATOR = "/usr/bin/prosody-migrator";

/**
 * A folder on tmpfs when there is one: every message the migrator writes to
 * SQLite is its own transaction, ten times slower on a real disk.
 */
export async function fastTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), prefix));
}

/** Prosody config lines: the stores named (or all) in SQLite at `database`. */
export function sqlStorage(database: string, stores: "archive" | "all"): string {
  const storage = stores === "all" ? `storage = "sql"` : `storage = { archive = "sql" }`;
  return `${storage}\nsql = { driver = "SQLite3", database = ${JSON.stringify(database)} }\n`;
}

/**
 * Imports XEP-0227 files into a SQLite database with Prosody's own
 * prosody-migrator, as an admin would. The migrator always reads XEP-0227
 * files from its compiled-in data folder (/var/lib/prosody), so it runs as a
 * copy whose CFG_DATADIR is the folder holding the files; nothing else of it
 * changes. `files` are named `user@host.xml`: the name, not the content,
 * decides the account. `--keep-going`: the migrator's XEP-0227 driver fails
 * on the host-wide pass of per-user stores (it looks for a file `host.xml`),
 * then goes on with each user.
 */
export async function importXep0227(o: {
  files: Record<string, string | Uint8Array>;
  host: string;
  stores: string[];
  database: string;
}): Promise<{ output: string }> {
  const work = await mkdtemp(join(tmpdir(), "ferry-migrator-"));
  const input = join(work, "input");
  await mkdir(input);
  for (const [name, content] of Object.entries(o.files)) await writeFile(join(input, name), content);
  const source = await readFile(PROSODY_MIGRATOR, "utf8");
  const patched = source.replace(/^CFG_DATADIR\s*=.*$/m, `CFG_DATADIR=${JSON.stringify(input)};`);
  if (patched === source) throw new Error("prosody-migrator has no CFG_DATADIR line to point at the input folder");
  const migrator = join(work, "prosody-migrator");
  await writeFile(migrator, patched);
  await chmod(migrator, 0o755);
  const config = join(work, "migrator.cfg.lua");
  await writeFile(
    config,
    `input { type = "xep0227"; hosts = { [${JSON.stringify(o.host)}] = { ${o.stores.map((s) => JSON.stringify(s)).join(", ")} } } }\n` +
      `output { type = "sql"; driver = "SQLite3"; database = ${JSON.stringify(o.database)} }\n`,
  );
  const { stdout, stderr } = await run(migrator, ["--root", "--keep-going", "--config", config, "input", "output"], { maxBuffer: 64 * 1024 * 1024 });
  return { output: stdout + stderr };
}

/** A XEP-0227 file holding only an archive, to seed a test server quickly (`<result/>` elements as XEP-0227 writes them). */
export function archiveFile(host: string, user: string, results: string[]): string {
  return (
    `<?xml version='1.0' encoding='UTF-8'?>\n<server-data xmlns='urn:xmpp:pie:0'><host jid='${host}'><user name='${user}'>` +
    `<archive xmlns='urn:xmpp:pie:0#mam'>${results.join("")}</archive></user></host></server-data>\n`
  );
}

/** One archived chat message in XEP-0227 form. */
export function archivedChat(id: string, stamp: string, from: string, to: string, body: string): string {
  return xml(
    "result",
    { xmlns: "urn:xmpp:mam:2", id },
    xml(
      "forwarded",
      { xmlns: "urn:xmpp:forward:0" },
      xml("delay", { xmlns: "urn:xmpp:delay", stamp }),
      xml("message", { xmlns: "jabber:client", from, to, type: "chat", id }, xml("body", {}, body)),
    ),
  ).toString();
}
