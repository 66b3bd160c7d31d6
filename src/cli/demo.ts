import { resolve } from "node:path";
import { rm } from "node:fs/promises";
import { startProsody } from "../devserver/prosody.ts";
import { loadSettings, type Settings } from "../config/settings.ts";
import { startFerry, type Ferry } from "../bot.ts";
import { exitOnStartError } from "./exit-on-start-error.ts";

/**
 * `ferry demo`: a throwaway Prosody on loopback (old.test and new.test, all
 * files under .state/demo), a few demo accounts, and Ferry connected to it
 * with the default SQLite store. Ctrl-C stops both.
 */
export async function runDemo(): Promise<void> {
  const dir = resolve(".state/demo");
  await rm(dir, { recursive: true, force: true });
  const server = await startProsody({ hosts: ["old.test", "new.test"], dir, admins: ["migrate@old.test"], upload: true });
  const accounts: [string, string, string][] = [
    ["migrate", "old.test", "ferry-demo-bot"],
    ["alice", "old.test", "alice-demo"],
    ["bob", "old.test", "bob-demo"],
    ["carol", "new.test", "carol-demo"],
  ];
  for (const [user, host, password] of accounts) await server.register(user, host, password);

  let settings: Settings;
  let ferry: Ferry;
  try {
    settings = loadSettings({
      FERRY_JID: "migrate@old.test",
      FERRY_PASSWORD: "ferry-demo-bot",
      FERRY_SERVICE_MAP: server.serviceMap,
      FERRY_ADMINS: "alice@old.test",
      // `move` → `new` creates accounts here; uploads live on 127.0.0.1, so imports may fetch from it.
      FERRY_PROVIDERS: "new.test",
      FERRY_IMPORT_ALLOW_PRIVATE: "true",
      ...process.env,
    });
    ferry = await startFerry(settings);
  } catch (err) {
    await server.stop();
    exitOnStartError(err);
  }
  const port = server.c2sPort;
  console.log(`
Ferry is online as migrate@old.test, on a throwaway Prosody at 127.0.0.1:${port} (plain TCP, no TLS).
Demo accounts (connect with host 127.0.0.1, port ${port}):
  alice@old.test / alice-demo   (also a Ferry admin)
  bob@old.test   / bob-demo
  carol@new.test / carol-demo
Try "move" from alice (to carol@new.test, or "new" for an account on new.test), "import", "backup",
and as alice the admin commands "broadcast" and "stats".
Try it without a chat client, from another terminal:
  node bin/ferry.js say --service xmpp://127.0.0.1:${port} alice@old.test alice-demo help
Store: ${settings.store}. Press Ctrl-C to stop.
`);
  const stop = async () => {
    await ferry.stop();
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}
