import { loadSettings } from "../config/settings.ts";
import { startFerry, type Ferry } from "../bot.ts";
import { exitOnStartError } from "./exit-on-start-error.ts";

/** `ferry`: run the bot until SIGTERM/SIGINT; exit 2 on bad settings, 1 when the connection fails for good. */
export async function runBot(): Promise<void> {
  let ferry: Ferry;
  try {
    ferry = await startFerry(loadSettings());
  } catch (err) {
    exitOnStartError(err);
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    ferry.log.info({ signal }, "shutting down");
    await ferry.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  ferry.failed.catch(async () => {
    await ferry.stop();
    process.exit(1);
  });
}
