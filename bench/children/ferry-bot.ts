/**
 * Ferry alone in its own process, for the conversation benchmark: the bot as
 * `ferry` runs it (settings from FERRY_* variables), plus the bench's IPC hook
 * (memory after global.gc(), CPU time, stop). Started with --expose-gc.
 */
import { loadSettings } from "../../src/config/settings.ts";
import { startFerry } from "../../src/bot.ts";
import { createLogger } from "../../src/log/logger.ts";
import { serveParent } from "../lib/common.ts";

try {
  const ferry = await startFerry(loadSettings(process.env), { log: createLogger("silent") });
  serveParent(() => ferry.stop());
  process.send?.({ ready: true });
} catch (err) {
  process.send?.({ failed: (err as Error).message });
  process.exit(1);
}
