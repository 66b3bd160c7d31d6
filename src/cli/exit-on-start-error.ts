import { SettingsError } from "../config/settings.ts";
import { StartFailure } from "../bot.ts";

/**
 * Ends `ferry` that could not start with one line for the operator (README):
 * status 2 for a bad setting, 1 when the store cannot be opened or the bot
 * cannot sign in. Anything else is a bug and keeps its stack trace.
 */
export function exitOnStartError(err: unknown): never {
  if (err instanceof SettingsError || err instanceof StartFailure) {
    console.error(`ferry: ${err.message}`);
    process.exit(err instanceof SettingsError ? 2 : 1);
  }
  throw err;
}
