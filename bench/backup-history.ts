/**
 * Row 6: `backup` of a long message archive. A throwaway Prosody keeps the
 * archive in SQLite, seeded with prosody-migrator from a generated XEP-0227
 * file; the backup runs in a fresh child process (children/backup.ts) for a
 * clean peak RSS, first with a small archive (the baseline), then a large one.
 * Flat memory: peak RSS barely grows from the small archive to the large one.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { startProsody } from "../src/devserver/prosody.ts";
import { archiveFile, archivedChat, fastTempDir, importXep0227, sqlStorage } from "../src/devserver/prosody-migrator.ts";
import { childFigures, onCleanup } from "./lib/common.ts";

export interface BackupRun {
  messages: number;
  inFile: number;
  bytes: number;
  seconds: number;
  peakRss: number;
}

export interface BackupHistoryResult {
  small: BackupRun;
  large: BackupRun;
  /** Peak RSS of the large run over the small one. */
  rssRatio: number;
}

async function backupOf(count: number): Promise<BackupRun> {
  const dir = await fastTempDir("ferry-bench-archive-");
  const removeDir = onCleanup(`bench archive ${dir}`, () => rm(dir, { recursive: true, force: true }));
  const database = join(dir, "archive.sqlite");
  const server = await startProsody({ hosts: ["old.test"], iterations: 128, extraConfig: sqlStorage(database, "archive") });
  try {
    await server.register("fred", "old.test", "fred-pw");
    const start = Date.now() - count * 60_000;
    const results = Array.from({ length: count }, (_, i) => {
      const stamp = new Date(start + i * 60_000).toISOString().replace(/\.\d+Z$/, "Z");
      return i % 2 === 0
        ? archivedChat(`m${i}`, stamp, "fred@old.test/phone", "ann@old.test", `message number ${i}: shall we dance tonight?`)
        : archivedChat(`m${i}`, stamp, "ann@old.test/laptop", "fred@old.test", `message number ${i}: yes, at eight`);
    });
    await importXep0227({ files: { "fred@old.test.xml": archiveFile("old.test", "fred", results) }, host: "old.test", stores: ["archive-archive"], database });
    const run = await childFigures<BackupRun>(
      "children/backup.ts",
      { SERVICE: server.service, JID: "fred@old.test", PASSWORD: "fred-pw", OUT: join(dir, "backup.xml") },
      600_000,
    );
    if (run.messages !== count || run.inFile !== count) throw new Error(`backup holds ${run.inFile} messages (said ${run.messages}), ${count} seeded`);
    return run;
  } finally {
    await server.stop();
    await removeDir();
  }
}

export async function runBackupHistory(o: { small: number; large: number; log: (line: string) => void }): Promise<BackupHistoryResult> {
  o.log(`backup: ${o.small} messages (baseline)…`);
  const small = await backupOf(o.small);
  o.log(`backup: ${o.large} messages…`);
  const large = await backupOf(o.large);
  return { small, large, rssRatio: large.peakRss / small.peakRss };
}
