/**
 * One history backup in a fresh process: signs in as JID, writes the whole
 * archive to OUT with writeBackupFile (as `backup` does before uploading),
 * then counts the `<result/>` elements in the file, streaming, so the figures
 * only count work that was done. Peak RSS is the process's VmHWM.
 */
import { createReadStream, readFileSync } from "node:fs";
import { signIn } from "../../src/protocol/connection/account-session.ts";
import { writeBackupFile } from "../../src/protocol/account/backup-file.ts";

function vmHwm(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return m ? Number(m[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
}

async function countResults(path: string): Promise<number> {
  const needle = "<result ";
  let count = 0;
  let carry = "";
  for await (const chunk of createReadStream(path, { encoding: "utf8" })) {
    const text = carry + chunk;
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) count++;
    carry = text.slice(-(needle.length - 1));
  }
  return count;
}

try {
  const jid = process.env.JID!;
  const session = await signIn(jid, process.env.PASSWORD!, { serviceMap: { [jid.split("@")[1]!]: process.env.SERVICE! } });
  const t0 = performance.now();
  const written = await writeBackupFile(session, { path: process.env.OUT!, history: {}, maxBytes: Number.MAX_SAFE_INTEGER });
  const seconds = (performance.now() - t0) / 1000;
  const peakRss = vmHwm();
  await session.close();
  const inFile = await countResults(process.env.OUT!);
  process.send!({ messages: written.history?.messages ?? 0, inFile, bytes: written.bytes, seconds, peakRss });
} catch (err) {
  process.send!({ failed: String((err as Error).stack ?? err) });
}
process.exit(0);
