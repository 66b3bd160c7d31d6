import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { startProsody, type ProsodyOptions, type ProsodyServer } from "../../src/devserver/prosody.ts";
import { loadSettings } from "../../src/config/settings.ts";
import { startFerry, type Ferry } from "../../src/bot.ts";
import { createLogger } from "../../src/log/logger.ts";
import { XmppUser } from "./xmpp-user.ts";

export const BOT = "migrate@old.test";
export const BOT_PASSWORD = "bot-secret-pw-1";

/**
 * A real Prosody (old.test, new.test) plus Ferry in this process, with its
 * SQLite store in a temp folder, and its JSON log lines kept for assertions.
 */
export async function integrationWorld(
  opts: {
    admins?: string[];
    upload?: boolean;
    /** Group chat components `rooms.old.test`, `rooms.new.test`. */
    muc?: boolean;
    plugins?: ProsodyOptions["plugins"];
    /** Further virtual hosts, each with its own Lua lines (a provider closed for registration, say). */
    moreHosts?: Record<string, string>;
  } = {},
) {
  const server: ProsodyServer = await startProsody({
    hosts: ["old.test", "new.test", ...Object.keys(opts.moreHosts ?? {})],
    hostConfig: opts.moreHosts,
    admins: [BOT],
    upload: opts.upload,
    muc: opts.muc,
    plugins: opts.plugins,
  });
  await server.register("migrate", "old.test", BOT_PASSWORD);
  const dataDir = await mkdtemp(join(tmpdir(), "ferry-data-"));
  const logLines: string[] = [];
  const users: XmppUser[] = [];
  let ferry: Ferry | undefined;

  const env = (extra: Record<string, string> = {}) => ({
    FERRY_JID: BOT,
    FERRY_PASSWORD: BOT_PASSWORD,
    FERRY_SERVICE_MAP: server.serviceMap,
    FERRY_STORE: `sqlite://${join(dataDir, "ferry.sqlite")}`,
    FERRY_ADMINS: (opts.admins ?? []).join(","),
    FERRY_LOG_LEVEL: "debug",
    ...extra,
  });

  const world = {
    server,
    dataDir,
    logLines,
    env,
    get ferry() {
      return ferry;
    },
    async startBot(extra: Record<string, string> = {}): Promise<Ferry> {
      const sink = new Writable({
        write(chunk, _enc, done) {
          logLines.push(...String(chunk).split("\n").filter(Boolean));
          done();
        },
      });
      const settings = loadSettings(env(extra));
      ferry = await startFerry(settings, { log: createLogger(settings.logLevel, sink) });
      return ferry;
    },
    async stopBot(): Promise<void> {
      await ferry?.stop();
      ferry = undefined;
    },
    /** Registers an account and signs in as it. */
    async user(local: string, host = "old.test", password = `${local}-pw`): Promise<XmppUser> {
      await server.register(local, host, password);
      const u = await XmppUser.connect(server.service, `${local}@${host}`, password);
      users.push(u);
      return u;
    },
    async close(): Promise<void> {
      await Promise.all(users.map((u) => u.stop()));
      await world.stopBot();
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return world;
}
