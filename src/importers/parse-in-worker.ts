import { Worker } from "node:worker_threads";
import { ImportError, type ImportErrorCode, type ParseResult } from "./import-entry.ts";
import type { ParseImportOptions } from "./parse-import.ts";
import type { AccountBackup, ChooseAccount, ReadBackupOptions } from "./read-account-backup.ts";

/** Beyond this a file is treated as hostile (a parser trap) rather than big. */
const TIME_LIMIT_MS = 30_000;

/**
 * parseImport in a worker thread with its own memory cap and a time limit, so
 * a 20,000-contact file (or a malicious one) never stalls other users'
 * conversations or the bot. Rejects with ImportError like parseImport does.
 */
export function parseImportInWorker(bytes: Uint8Array, opts: ParseImportOptions = {}): Promise<ParseResult> {
  return inWorker("import", bytes, opts);
}

/** readAccountBackup in a worker thread, with the same limits. */
export function readAccountBackupInWorker(bytes: Uint8Array, opts: ReadBackupOptions = {}): Promise<AccountBackup | ChooseAccount> {
  return inWorker("backup", bytes, opts);
}

function inWorker<T>(task: "import" | "backup", bytes: Uint8Array, opts: ParseImportOptions | ReadBackupOptions): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./parse-worker.mjs", import.meta.url), {
      workerData: { task, bytes, opts },
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new ImportError("too-large", { reason: "time" }));
    }, TIME_LIMIT_MS);
    worker.once("message", (m: { ok: true; result: T } | { ok: false; name?: string; code?: ImportErrorCode; details?: Record<string, string | number>; message: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (m.ok) resolve(m.result);
      else if (m.name === "ImportError" && m.code) reject(new ImportError(m.code, m.details));
      else reject(new Error(m.message));
    });
    worker.once("error", (err) => {
      clearTimeout(timer);
      // Out of memory in the worker means the file is too big to handle, not a bug.
      reject((err as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY" ? new ImportError("too-large", { reason: "memory" }) : err);
    });
  });
}
