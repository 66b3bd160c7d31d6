import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { startProsody, type ProsodyOptions, type ProsodyServer } from "../../src/devserver/prosody.ts";
import { freePort } from "../../src/devserver/child-server.ts";
import type { ServerKind } from "../../src/devserver/xmpp-test-server.ts";
import { loadSettings } from "../../src/config/settings.ts";
import { startFerry, type Ferry } from "../../src/bot.ts";
import { createLogger } from "../../src/log/logger.ts";
import { XmppUser } from "./xmpp-user.ts";
import { startTestServer, subscribeRateFor, type TestServer } from "./test-servers.ts";

export const BOT = "migrate@old.test";
export const BOT_PASSWORD = "bot-secret-pw-1";

export interface WorldOptions {
  /** Which server (Prosody by default); shared tests take it from serverKinds(). */
  kind?: ServerKind;
  /**
   * new.test on a second server of this kind, a separate process that talks
   * to old.test's over s2s on loopback (the bot stays on old.test's server).
   */
  targetKind?: ServerKind;
  admins?: string[];
  upload?: boolean;
  /** Test-only Prosody modules: the world is then Prosody's. */
  plugins?: ProsodyOptions["plugins"];
  /** Further virtual hosts, each with its own Lua lines (a provider closed for registration, say): the world is then Prosody's. */
  moreHosts?: Record<string, string>;
  /** Group chat services `rooms.old.test`, `rooms.new.test`. */
  muc?: boolean;
  /** Further hosts whose group chat service (`rooms.<host>`) lets only server admins create rooms. */
  closedMucHosts?: string[];
  /** Extra global Prosody config lines: the world is then Prosody's. */
  extraConfig?: string;
}

export type World<S extends TestServer = TestServer> = Awaited<ReturnType<typeof worldOn>> & { server: S };

/**
 * A real XMPP server (old.test, new.test; the bot a server admin) plus Ferry in
 * this process, with its SQLite store in a temp folder, and its JSON log lines
 * kept for assertions. Without a server kind, or with Prosody's test-only
 * modules, the server is Prosody.
 */
export function integrationWorld(opts?: WorldOptions & { kind?: "prosody" }): Promise<World<ProsodyServer>>;
export function integrationWorld(opts: WorldOptions): Promise<World>;
export async function integrationWorld(opts: WorldOptions = {}): Promise<World> {
  const serverOptions = { hosts: ["old.test", "new.test"], admins: [BOT], upload: opts.upload };
  const prosodyOnly = opts.plugins || opts.moreHosts || opts.extraConfig;
  if (prosodyOnly && (opts.kind === "ejabberd" || opts.targetKind)) throw new Error("Prosody plugins or host config on ejabberd or two servers");
  if ((opts.muc || opts.closedMucHosts) && opts.targetKind) throw new Error("MUC on two servers");
  if (opts.targetKind) return worldOn(await twoServers(opts.kind ?? "prosody", opts.targetKind, serverOptions), opts);
  const closed = opts.closedMucHosts ?? [];
  const mucOptions = { hosts: [...serverOptions.hosts, ...closed], muc: opts.muc || closed.length > 0, mucAdminsCreateOnly: closed };
  const server = prosodyOnly
    ? await startProsody({
        ...serverOptions,
        ...mucOptions,
        hosts: [...mucOptions.hosts, ...Object.keys(opts.moreHosts ?? {})],
        hostConfig: opts.moreHosts,
        plugins: opts.plugins,
        extraConfig: opts.extraConfig,
      })
    : await startTestServer(opts.kind ?? "prosody", { ...serverOptions, ...mucOptions });
  return worldOn([server], opts);
}

/** old.test on one server, new.test on another, each reaching the other's s2s port on loopback. */
async function twoServers(kind: ServerKind, targetKind: ServerKind, options: { admins: string[]; upload?: boolean }): Promise<TestServer[]> {
  const [oldPort, newPort] = [await freePort(), await freePort()];
  const started = await Promise.allSettled([
    startTestServer(kind, { ...options, hosts: ["old.test"], s2s: { port: oldPort, peers: { "new.test": newPort } } }),
    startTestServer(targetKind, { ...options, hosts: ["new.test"], s2s: { port: newPort, peers: { "old.test": oldPort } } }),
  ]);
  const servers = started.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const failed = started.find((r) => r.status === "rejected");
  if (!failed) return servers;
  await Promise.all(servers.map((s) => s.stop()));
  throw failed.reason;
}

/** The first server serves old.test, where the bot lives. */
async function worldOn(servers: TestServer[], opts: WorldOptions) {
  const server = servers[0]!;
  const serverOf = (host: string): TestServer => {
    const found = servers.find((s) => s.hosts.includes(host));
    if (!found) throw new Error(`no server in this world serves ${host}`);
    return found;
  };
  /** `{ domain: service }`: each domain on its own server's c2s port. */
  const serviceMap: Record<string, string> = Object.fromEntries(servers.flatMap((s) => s.hosts.map((h) => [h, s.service])));
  await server.register("migrate", "old.test", BOT_PASSWORD);
  const dataDir = await mkdtemp(join(tmpdir(), "ferry-data-"));
  const logLines: string[] = [];
  const users: XmppUser[] = [];
  let ferry: Ferry | undefined;

  const env = (extra: Record<string, string> = {}) => ({
    FERRY_JID: BOT,
    FERRY_PASSWORD: BOT_PASSWORD,
    FERRY_SERVICE_MAP: servers.map((s) => s.serviceMap).join(","),
    FERRY_STORE: `sqlite://${join(dataDir, "ferry.sqlite")}`,
    FERRY_ADMINS: (opts.admins ?? []).join(","),
    FERRY_LOG_LEVEL: "debug",
    ...subscribeRateFor(servers),
    ...extra,
  });

  const world = {
    server,
    servers,
    serverOf,
    serviceMap,
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
    /** Registers an account on the server of its domain. */
    register(local: string, host: string, password: string): Promise<void> {
      return serverOf(host).register(local, host, password);
    },
    /** Signs in as `jid` on the server of its domain, as a user's client would. */
    connect(jid: string, password: string): Promise<XmppUser> {
      return XmppUser.connect(serverOf(jid.slice(jid.indexOf("@") + 1)).service, jid, password);
    },
    /** Registers an account and signs in as it. */
    async user(local: string, host = "old.test", password = `${local}-pw`): Promise<XmppUser> {
      await world.register(local, host, password);
      const u = await world.connect(`${local}@${host}`, password);
      users.push(u);
      return u;
    },
    async close(): Promise<void> {
      await Promise.all(users.map((u) => u.stop()));
      await world.stopBot();
      await Promise.all(servers.map((s) => s.stop()));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return world;
}
