import { spawn, execFile } from "node:child_process";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { childLifecycle, freePort, waitForPort } from "./child-server.ts";
import { serviceMapOf, type S2sRoutes, type XmppTestServer, type XmppTestServerOptions } from "./xmpp-test-server.ts";

const run = promisify(execFile);

/**
 * A throwaway Prosody on loopback for tests and the demo: one temp folder holds
 * its config, data, pid and log, so nothing touches /etc or /var.
 */
export interface ProsodyOptions extends XmppTestServerOptions {
  /** SCRAM iterations for accounts created later; Prosody's default is 10000. */
  iterations?: number;
  /** Extra Lua config lines appended inside the global section. */
  extraConfig?: string;
  /** Extra Lua config lines inside a VirtualHost, by host (e.g. `allow_registration = false`). */
  hostConfig?: Record<string, string>;
  /** Extra Prosody modules (`mod_<name>.lua`) to load from a folder, e.g. test-only probes. */
  plugins?: { dir: string; modules: string[] };
}

export interface ProsodyServer extends XmppTestServer {
  kind: "prosody";
  /** Prosody's data_path (accounts, rosters, and whatever plugins write). */
  dataDir: string;
  configFile: string;
}

function luaList(items: string[]): string {
  return `{ ${items.map((i) => JSON.stringify(i)).join(", ")} }`;
}

const dataDirOf = (dir: string) => join(dir, "data");

/** Prosody modules that come with the throwaway server itself (mod_ferry_s2s_routes). */
const OWN_MODULES = join(import.meta.dirname, "prosody-modules");

/**
 * Plain s2s with dialback, no certificates; peers are found through
 * mod_ferry_s2s_routes instead of DNS (Prosody 0.12 resolves them by SRV, then A).
 */
function s2sLines(s2s: S2sRoutes | undefined): string[] {
  if (!s2s) return [`s2s_ports = { }`, `modules_disabled = { "tls", "s2s" }`];
  const routes = Object.entries(s2s.peers).map(([domain, port]) => `[${JSON.stringify(domain)}] = ${port}`);
  return [
    `s2s_ports = { ${s2s.port} }`,
    `modules_disabled = { "tls" }`,
    `s2s_secure_auth = false`,
    `ferry_s2s_routes = { ${routes.join(", ")} }`,
  ];
}

function configText(o: ProsodyOptions, dir: string, c2s: number, http: number): string {
  const modules = [
    "roster", "saslauth", "disco", "register", "pep", "mam", "vcard4", "vcard_legacy", "private",
    "bookmarks", "carbons", "offline", "ping", "announce", "adhoc", "admin_adhoc", "blocklist",
    "smacks", "version", "time", "uptime", "posix", "http",
    ...(o.plugins?.modules ?? []),
    ...(o.s2s ? ["dialback", "ferry_s2s_routes"] : []),
  ];
  const pluginPaths = [...(o.plugins ? [o.plugins.dir] : []), ...(o.s2s ? [OWN_MODULES] : [])];
  const lines = [
    `run_as_root = true`,
    `daemonize = false`,
    `pidfile = ${JSON.stringify(join(dir, "prosody.pid"))}`,
    `data_path = ${JSON.stringify(dataDirOf(dir))}`,
    `admin_socket = ${JSON.stringify(join(dir, "admin.sock"))}`,
    `log = { { levels = { min = "${process.env.PROSODY_LOG_LEVEL ?? "info"}" }, to = "file", filename = ${JSON.stringify(join(dir, "prosody.log"))} } }`,
    `interfaces = { "127.0.0.1" }`,
    `local_interfaces = { "127.0.0.1" }`,
    `c2s_ports = { ${c2s} }`,
    ...s2sLines(o.s2s),
    `c2s_direct_tls_ports = { }`,
    `https_ports = { }`,
    `http_ports = { ${http} }`,
    `http_interfaces = { "127.0.0.1" }`,
    `component_ports = { }`,
    `proxy65_ports = { }`,
    `modules_enabled = ${luaList(modules)}`,
    pluginPaths.length ? `plugin_paths = ${luaList(pluginPaths)}` : "",
    `c2s_require_encryption = false`,
    `s2s_require_encryption = false`,
    `allow_unencrypted_plain_auth = true`,
    `authentication = "internal_hashed"`,
    `storage = "internal"`,
    `allow_registration = true`,
    `min_seconds_between_registrations = 0`,
    `registration_throttle_max = 1000`,
    `limits = { c2s = { rate = "10mb/s" } }`,
    `admins = ${luaList(o.admins ?? [])}`,
    `default_iteration_count = ${o.iterations ?? 10000}`,
    `http_external_url = "http://127.0.0.1:${http}/"`,
    `http_host = "127.0.0.1"`,
    // Every chat is archived and kept, so tests of the history backup can seed archives of any age.
    `default_archive_policy = true`,
    `archive_expires_after = "never"`,
    o.extraConfig ?? "",
  ];
  for (const host of o.hosts) {
    lines.push(`VirtualHost ${JSON.stringify(host)}`);
    if (o.hostConfig?.[host]) lines.push(o.hostConfig[host]);
    if (o.upload) {
      lines.push(
        `Component ${JSON.stringify(`upload.${host}`)} "http_file_share"`,
        `  http_host = "127.0.0.1"`,
        `  http_paths = { file_share = ${JSON.stringify(`/upload-${host}`)} }`,
        `  http_external_url = "http://127.0.0.1:${http}/"`,
        `  http_file_share_access = ${luaList(o.hosts)}`,
        `  http_file_share_size_limit = 16*1024*1024`,
      );
    }
    if (o.muc) {
      lines.push(`Component ${JSON.stringify(`rooms.${host}`)} "muc"`, `  component_admins_as_room_owners = false`);
      if (o.mucAdminsCreateOnly?.includes(host)) lines.push(`  restrict_room_creation = true`);
    }
  }
  return lines.join("\n") + "\n";
}

export async function startProsody(options: ProsodyOptions): Promise<ProsodyServer> {
  const ownDir = options.dir === undefined;
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), "ferry-prosody-")));
  const dataDir = dataDirOf(dir);
  await mkdir(dataDir, { recursive: true });
  const c2sPort = options.ports?.c2s ?? (await freePort());
  const httpPort = options.ports?.http ?? (await freePort());
  const configFile = join(dir, "prosody.cfg.lua");
  await writeFile(configFile, configText(options, dir, c2sPort, httpPort));
  const life = childLifecycle({
    spawn: () => spawn("prosody", ["--config", configFile, "-F"], { stdio: "ignore" }),
    ready: (proc) => waitForPort(c2sPort, proc, `prosody (see ${join(dir, "prosody.log")})`),
    dir,
    ownDir,
  });

  await life.start();
  const service = `xmpp://127.0.0.1:${c2sPort}`;
  return {
    kind: "prosody",
    dir,
    dataDir,
    configFile,
    c2sPort,
    httpPort,
    hosts: options.hosts,
    service,
    serviceMap: serviceMapOf(options.hosts, service),
    async register(user, host, password) {
      await run("prosodyctl", ["--config", configFile, "register", user, host, password]);
    },
    ...life,
  };
}
