import { spawn } from "node:child_process";
import { mkdtemp, mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { childLifecycle, freePort, portAccepts, waitUntilReady } from "./child-server.ts";
import { serviceMapOf, type S2sRoutes, type XmppTestServer, type XmppTestServerOptions } from "./xmpp-test-server.ts";

/**
 * A throwaway ejabberd (23.01 from Debian's package) on loopback for tests: one
 * temp folder holds its config, Mnesia spool, uploads and log. It runs `erl`
 * in the foreground without distribution, so no epmd daemon is started and
 * nothing outlives it; ejabberdctl is not used (as root it switches to the
 * `ejabberd` user and rereads /etc/ejabberd). Accounts and rosters go through
 * its HTTP API from loopback (20–50 ms a call).
 */
export interface EjabberdServer extends XmppTestServer {
  kind: "ejabberd";
  configFile: string;
  /** Runs an ejabberd API command (mod_http_api) and resolves with its JSON answer. */
  api(command: string, args: Record<string, string | number>): Promise<unknown>;
  /**
   * The password an account was registered with here, for test helpers that
   * must act as that user (no API command can leave a roster item waiting
   * for an answer; only the user's own `subscribe` can).
   */
  passwordOf(user: string, host: string): string | undefined;
}

/** Where Debian's package keeps ejabberd's Erlang applications (ejabberdctl sets ERL_LIBS to it). */
async function erlLibs(): Promise<string> {
  const ctl = await readFile("/usr/sbin/ejabberdctl", "utf8").catch(() => {
    throw new Error("ejabberd is not installed (Debian: apt-get install ejabberd)");
  });
  const libs = /^ERL_LIBS='?([^'\n]+)'?$/m.exec(ctl)?.[1];
  if (!libs) throw new Error("ERL_LIBS not found in /usr/sbin/ejabberdctl");
  return libs;
}

/**
 * The config, as JSON (which is YAML). Modules: Debian's default set without
 * the ones that need listeners the tests do not open (BOSH, MQTT, STUN, push),
 * plus what a public provider adds: in-band registration, HTTP upload,
 * the message archive; MUC on request. `mod_pres_counter` stays on as Debian has it (5
 * subscription requests a minute) unless `presCounter` shortens its window.
 * Per-host modules (upload, MUC) go in `append_host_config`: `host_config` would replace the module list.
 */
function config(o: EjabberdOptions, dir: string, c2s: number, http: number): object {
  const uploadPath = (host: string) => `/upload-${host}`;
  // One upload path per host: mod_http_upload refuses a put_url shared by two hosts.
  const uploadModule = (host: string) =>
    o.upload ? { mod_http_upload: { put_url: `http://127.0.0.1:${http}${uploadPath(host)}`, docroot: join(dir, "upload", host), max_size: 16 * 1024 * 1024 } } : {};
  // Rooms of local users, persistent ones too; whether members may invite is each room's
  // `muc#roomconfig_allowinvites`. access_admin none: server admins are no room owners.
  const mucModule = (host: string) =>
    o.muc
      ? { mod_muc: { hosts: [`rooms.${host}`], access_create: o.mucAdminsCreateOnly?.includes(host) ? "admins_only" : "local", access_persistent: "all", access_admin: "none" } }
      : {};
  return {
    hosts: o.hosts,
    loglevel: process.env.EJABBERD_LOG_LEVEL ?? "info",
    log_rotate_count: 0,
    auth_password_format: "scram",
    // The default lets one address register one account per 10 minutes; every test account comes from 127.0.0.1.
    registration_timeout: "infinity",
    listen: [
      // Plain c2s: SCRAM and PLAIN work without TLS on loopback.
      { port: c2s, ip: "127.0.0.1", module: "ejabberd_c2s", max_stanza_size: 262144, shaper: "c2s_shaper", access: "c2s", starttls_required: false },
      ...(o.s2s ? [{ port: o.s2s.port, ip: "127.0.0.1", module: "ejabberd_s2s_in" }] : []),
      {
        port: http,
        ip: "127.0.0.1",
        module: "ejabberd_http",
        request_handlers: { "/api": "mod_http_api", ...(o.upload ? Object.fromEntries(o.hosts.map((h) => [uploadPath(h), "mod_http_upload"])) : {}) },
      },
    ],
    acl: {
      admin: { user: o.admins ?? [] },
      local: { user_regexp: "" },
      loopback: { ip: ["127.0.0.0/8", "::1/128"] },
    },
    access_rules: {
      local: { allow: "local" },
      c2s: { deny: "blocked", allow: "all" },
      announce: { allow: "admin" },
      configure: { allow: "admin" },
      register: { allow: "all" },
      pubsub_createnode: { allow: "local" },
      trusted_network: { allow: "loopback" },
      admins_only: { allow: "admin" },
    },
    api_permissions: { "loopback": { from: ["mod_http_api"], who: { ip: "127.0.0.0/8" }, what: "*" } },
    shaper_rules: {
      max_user_sessions: 10,
      max_user_offline_messages: { 5000: "admin", 100: "all" },
      // Debian's default throttles clients to 3000 bytes/s, which would make every big roster in a test slow.
      c2s_shaper: "none",
    },
    modules: {
      mod_adhoc: {},
      mod_admin_extra: {},
      mod_announce: { access: "announce" },
      mod_avatar: {},
      mod_blocking: {},
      mod_caps: {},
      mod_carboncopy: {},
      mod_client_state: {},
      mod_configure: {},
      mod_disco: {},
      // Tests try wrong passwords on purpose, all from loopback.
      mod_fail2ban: { access: "trusted_network" },
      mod_http_api: {},
      mod_last: {},
      mod_mam: {},
      mod_offline: { access_max_user_messages: "max_user_offline_messages" },
      mod_ping: {},
      mod_pres_counter: o.presCounter ?? { count: 5, interval: 60 },
      mod_privacy: {},
      mod_private: {},
      mod_pubsub: {
        access_createnode: "pubsub_createnode",
        plugins: ["flat", "pep"],
        force_node_config: { "storage:bookmarks": { access_model: "whitelist" } },
      },
      mod_register: { ip_access: "trusted_network" },
      mod_roster: { versioning: true },
      ...(o.s2s ? { mod_s2s_dialback: {} } : {}),
      mod_shared_roster: {},
      mod_stream_mgmt: { resend_on_timeout: "if_offline" },
      mod_vcard: { search: false },
      mod_vcard_xupdate: {},
      mod_version: {},
    },
    // Plain s2s with dialback, no certificates.
    ...(o.s2s ? { s2s_use_starttls: false, s2s_dns_retries: 1 } : {}),
    ...(o.upload || o.muc ? { append_host_config: Object.fromEntries(o.hosts.map((h) => [h, { modules: { ...uploadModule(h), ...mucModule(h) } }])) } : {}),
  };
}

/**
 * Server-to-server without DNS. ejabberd 23.01 (p1_xmpp 1.6.1) looks a peer up
 * by SRV through Erlang's own resolver (inet_res), then resolves the SRV target
 * with libc's getaddrinfo. With no name server configured (ERL_INETRC below),
 * inet_res answers from its cache, so each peer gets an SRV record
 * `_xmpp-server._tcp.<domain>` → 127.0.0.1:<port> put there before ejabberd
 * starts; a numeric target needs no lookup. Any other domain has no SRV record
 * and falls back to the libc A lookup at port 5269, as before.
 */
const INETRC = `{resolv_conf, "/dev/null"}.\n`;

function s2sRecords(s2s: S2sRoutes | undefined): string[] {
  const records = Object.entries(s2s?.peers ?? {}).map(
    ([domain, port]) => `ok = inet_db:add_rr(${JSON.stringify(`_xmpp-server._tcp.${domain}`)}, in, srv, 31536000, {0, 0, ${port}, "127.0.0.1"})`,
  );
  return records.length ? ["-eval", records.join(", ")] : [];
}

export interface EjabberdOptions extends XmppTestServerOptions {
  /** mod_pres_counter's limit: `count` subscription requests per session, then `interval` seconds of quiet. Debian's 5 in 60 s when unset. */
  presCounter?: { count: number; interval: number };
}

export async function startEjabberd(options: EjabberdOptions): Promise<EjabberdServer> {

  const libs = await erlLibs();
  const ownDir = options.dir === undefined;
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), "ferry-ejabberd-")));
  const spool = join(dir, "spool");
  await mkdir(spool, { recursive: true });
  const c2sPort = options.ports?.c2s ?? (await freePort());
  const httpPort = options.ports?.http ?? (await freePort());
  const configFile = join(dir, "ejabberd.yml");
  const logFile = join(dir, "ejabberd.log");
  await writeFile(configFile, JSON.stringify(config(options, dir, c2sPort, httpPort), null, 1));
  const inetrcFile = join(dir, "inetrc");
  await writeFile(inetrcFile, INETRC);
  const passwords = new Map<string, string>();

  const api = async (command: string, args: Record<string, string | number>): Promise<unknown> => {
    const res = await fetch(`http://127.0.0.1:${httpPort}/api/${command}`, { method: "POST", body: JSON.stringify(args) });
    const text = await res.text();
    if (!res.ok) throw new Error(`ejabberd API ${command}: ${res.status} ${text}`);
    return JSON.parse(text);
  };
  const started = async () => (await portAccepts(c2sPort)) && (await api("status", {}).then(() => true, () => false));

  const life = childLifecycle({
    spawn: () =>
      spawn("erl", ["-noinput", "-noshell", "-mnesia", "dir", JSON.stringify(spool), ...s2sRecords(options.s2s), "-s", "ejabberd"], {
        stdio: "ignore",
        env: { ...process.env, ERL_LIBS: libs, EJABBERD_CONFIG_PATH: configFile, EJABBERD_LOG_PATH: logFile, ERL_CRASH_DUMP_BYTES: "0", ERL_INETRC: inetrcFile },
      }),
    ready: (proc) => waitUntilReady(started, proc, `ejabberd (port ${c2sPort}, see ${logFile})`, 30_000),
    dir,
    ownDir,
  });

  await life.start();
  const service = `xmpp://127.0.0.1:${c2sPort}`;
  return {
    kind: "ejabberd",
    dir,
    configFile,
    c2sPort,
    httpPort,
    hosts: options.hosts,
    service,
    serviceMap: serviceMapOf(options.hosts, service),
    api,
    async register(user, host, password) {
      await api("register", { user, host, password });
      passwords.set(`${user}@${host}`, password);
    },
    passwordOf: (user, host) => passwords.get(`${user}@${host}`),
    ...life,
  };
}
