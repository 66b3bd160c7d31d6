// Runs a parser off the main thread (see parse-in-worker.ts): parseImport for
// contact files, readAccountBackup for a restore. Plain JS so Node can start
// it; tsx compiles the TypeScript it imports.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
try {
  const result =
    workerData.task === "backup"
      ? (await import("./read-account-backup.ts")).readAccountBackup(workerData.bytes, workerData.opts)
      : (await import("./parse-import.ts")).parseImport(workerData.bytes, workerData.opts);
  parentPort.postMessage({ ok: true, result });
} catch (err) {
  parentPort.postMessage({ ok: false, name: err?.name, code: err?.code, details: err?.details, message: String(err?.message ?? err) });
}
