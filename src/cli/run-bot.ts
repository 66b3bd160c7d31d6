import { loadSettings, SettingsError } from "../config/settings.ts";
import { startFerry } from "../bot.ts";

/** `ferry`: run the bot until SIGTERM/SIGINT; exit 2 on bad settings, 1 when the connection fails for good. */
export async function runBot(): Promise<void> {
  let settings;
  try {
    settings = loadSettings();
  } catch (err) {
    if (err instanceof SettingsError) {
      console.error(`ferry: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  let ferry;
  try {
    ferry = await startFerry(settings);
  } catch (err) {
    const e = err as { name?: string; condition?: string; message?: string };
    console.error(`ferry: cannot sign in as ${settings.jid} at ${settings.service}: ${e.condition ?? e.message ?? String(err)}`);
    process.exit(1);
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
