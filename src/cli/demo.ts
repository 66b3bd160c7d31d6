import { resolve } from "node:path";
import { rm } from "node:fs/promises";
import { startProsody } from "../devserver/prosody.ts";
import { loadSettings, type Settings } from "../config/settings.ts";
import { startFerry, type Ferry } from "../bot.ts";
import { exitOnStartError } from "./exit-on-start-error.ts";
import { DEMO_BOT, demoSettings, seedDemoWorld } from "./demo-world.ts";
import { demoWelcome } from "./demo-tour.ts";

/**
 * `ferry demo`: a throwaway Prosody on loopback (old.test and new.test, all
 * files under .state/demo), the demo world seeded on it, and Ferry connected
 * to it with the default SQLite store. Ctrl-C stops both.
 */
export async function runDemo(): Promise<void> {
  const dir = resolve(".state/demo");
  await rm(dir, { recursive: true, force: true });
  const server = await startProsody({ hosts: ["old.test", "new.test"], dir, admins: [DEMO_BOT.jid], upload: true });
  const [botUser, botHost] = DEMO_BOT.jid.split("@") as [string, string];

  let settings: Settings;
  let ferry: Ferry;
  let welcome: string;
  try {
    await server.register(botUser, botHost, DEMO_BOT.password);
    const world = await seedDemoWorld(server);
    settings = loadSettings({ ...demoSettings(server, world), ...process.env });
    ferry = await startFerry(settings);
    welcome = demoWelcome(server, world, settings.store);
  } catch (err) {
    await server.stop();
    exitOnStartError(err);
  }
  console.log(welcome);
  const stop = async () => {
    await ferry.stop();
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}
