// Runs parseImport off the main thread (see parse-in-worker.ts). Plain JS so
// Node can start it; tsx compiles the TypeScript it imports.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { parseImport } = await import("./parse-import.ts");
try {
  parentPort.postMessage({ ok: true, result: parseImport(workerData.bytes, workerData.opts) });
} catch (err) {
  parentPort.postMessage({ ok: false, name: err?.name, code: err?.code, details: err?.details, message: String(err?.message ?? err) });
}
