import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { z } from "zod";
import { normaliseJid, isUserJid } from "../core/jid.ts";
import { parseContactMap } from "../importers/address-mapping.ts";
import { ImportError } from "../importers/import-entry.ts";
import { SettingsError } from "./settings-error.ts";
import { DEFAULT_SUBSCRIBE_RATE, parseSubscribeRate, type SubscribeRate } from "./subscribe-rate.ts";

export { SettingsError };

const serviceUrl = z
  .string()
  .regex(/^(xmpps?|wss?):\/\/[^\s/]+(\/\S*)?$/, "must be a URL like xmpp://host:5222, xmpps://host:5223 or wss://host/xmpp-websocket");

const jidList = z
  .string()
  .transform((s, ctx) => {
    const out: string[] = [];
    for (const part of s.split(",").map((p) => p.trim()).filter(Boolean)) {
      const j = normaliseJid(part);
      if (!j || !isUserJid(j)) {
        ctx.addIssue({ code: "custom", message: `"${part}" is not a valid JID` });
        return z.NEVER;
      }
      out.push(j);
    }
    return out;
  });

const serviceMap = z.string().transform((s, ctx) => {
  const map: Record<string, string> = {};
  for (const pair of s.split(",").map((p) => p.trim()).filter(Boolean)) {
    const eq = pair.indexOf("=");
    const domain = pair.slice(0, eq).trim().toLowerCase();
    const url = pair.slice(eq + 1).trim();
    if (eq < 1 || !serviceUrl.safeParse(url).success) {
      ctx.addIssue({ code: "custom", message: `"${pair}" is not domain=xmpp://host:port` });
      return z.NEVER;
    }
    map[domain] = url;
  }
  return map;
});

const bool = z
  .string()
  .transform((s, ctx) => {
    const v = s.trim().toLowerCase();
    if (["1", "true", "yes", "on"].includes(v)) return true;
    if (["0", "false", "no", "off"].includes(v)) return false;
    ctx.addIssue({ code: "custom", message: "must be true or false" });
    return z.NEVER;
  });

/** A BCP 47 tag in its canonical spelling (pt-br → pt-BR), as locales/ folders are named; undefined if it is none. */
function canonicalLocale(tag: string): string | undefined {
  if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

const localeList = z.string().transform((s, ctx) => {
  const tags = new Set<string>();
  for (const part of s.split(",").map((p) => p.trim()).filter(Boolean)) {
    const tag = canonicalLocale(part);
    if (!tag) {
      ctx.addIssue({ code: "custom", message: `"${part}" is not a language tag like en or pt-BR` });
      return z.NEVER;
    }
    tags.add(tag);
  }
  return [...tags];
});

/** host:port to listen on: a name or IPv4 address, or an IPv6 address in brackets ([::1]:9464). */
const listenAddress = z.string().transform((s, ctx) => {
  const m = /^(\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9.-]+):(\d{1,5})$/.exec(s.trim());
  const port = Number(m?.[2]);
  if (!m || port < 1 || port > 65535) {
    ctx.addIssue({ code: "custom", message: "must be host:port, like 127.0.0.1:9464" });
    return z.NEVER;
  }
  return { host: m[1]!.replace(/^\[(.*)\]$/, "$1"), port };
});

const intBetween = (min: number, max: number) =>
  z.coerce.number({ message: "must be a number" }).int("must be a whole number").min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);
const positiveInt = (max: number) => intBetween(1, max);

const schema = z.object({
  FERRY_JID: z
    .string({ message: "missing: the bot's own XMPP address, e.g. migrate@old.example" })
    .refine((v) => isUserJid(v), "must be a bare JID like migrate@old.example"),
  FERRY_PASSWORD: z.string({ message: "missing: the bot account's password" }).min(1, "must not be empty"),
  FERRY_SERVICE: serviceUrl.optional(),
  FERRY_SERVICE_MAP: serviceMap.default({}),
  FERRY_STORE: z
    .string()
    .regex(/^(sqlite|redis|rediss|postgres|postgresql):\/\//, "must be a sqlite://, redis:// or postgres:// URL")
    .default("sqlite://./data/ferry.sqlite"),
  FERRY_ADMINS: jidList.default([]),
  FERRY_LOCALE: z
    .string()
    .transform((s, ctx) => {
      const tag = canonicalLocale(s.trim());
      if (!tag) {
        ctx.addIssue({ code: "custom", message: "must be a language tag like en or pt-BR" });
        return z.NEVER;
      }
      return tag;
    })
    .default("en"),
  FERRY_LOCALES: localeList.optional(),
  FERRY_LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  FERRY_ALLOW_OTHER_DOMAINS: bool.default(true),
  FERRY_MAX_MESSAGE_CHARS: positiveInt(100_000).default(4000),
  FERRY_USER_RATE_PER_MINUTE: positiveInt(10_000).default(30),
  FERRY_USER_RATE_BURST: positiveInt(10_000).default(10),
  FERRY_SERVER_RATE: z.coerce.number({ message: "must be a number" }).min(0, "must be 0 (unlimited) or more").default(20),
  FERRY_SUBSCRIBE_RATE: z
    .string()
    .default(DEFAULT_SUBSCRIBE_RATE)
    .transform((s, ctx) => {
      const rate = parseSubscribeRate(s);
      if (rate === undefined) {
        ctx.addIssue({ code: "custom", message: "must be COUNT/SECONDSs like 5/60s, or 0 (no limit)" });
        return z.NEVER;
      }
      return rate ?? undefined;
    }),
  FERRY_BROADCAST_RATE: z.coerce.number({ message: "must be a number" }).min(0, "must be 0 (unlimited) or more").default(5),
  FERRY_SCHEDULER_INTERVAL_MS: positiveInt(86_400_000).default(900_000),
  // Renewed every third of it: below a second, a busy moment would lose a live job to another instance.
  FERRY_JOB_LEASE_MS: intBetween(1000, 86_400_000).default(60_000),
  FERRY_CONTACT_MAP: z.string().optional(),
  FERRY_TRANSPORTS: z
    .string()
    .transform((s, ctx) => {
      const out: Record<string, string> = {};
      for (const pair of s.split(",").map((p) => p.trim()).filter(Boolean)) {
        const [network, domain] = pair.split("=").map((x) => x.trim().toLowerCase());
        if (!network || !["msn", "yahoo", "icq", "aim"].includes(network) || !domain || normaliseJid(domain) !== domain || domain.includes("@")) {
          ctx.addIssue({ code: "custom", message: `"${pair}" is not network=gateway.domain (networks: msn, yahoo, icq, aim)` });
          return z.NEVER;
        }
        out[network] = domain;
      }
      return out;
    })
    .default({}),
  FERRY_IMPORT_MAX_BYTES: positiveInt(512 * 1024 * 1024).default(5 * 1024 * 1024),
  FERRY_IMPORT_ALLOW_PRIVATE: bool.default(false),
  FERRY_BACKUP_MAX_BYTES: positiveInt(Number.MAX_SAFE_INTEGER).default(200 * 1024 * 1024),
  FERRY_PROVIDERS: z
    .string()
    .transform((s, ctx) => {
      const domains = s.split(",").map((d) => d.trim().toLowerCase()).filter(Boolean);
      const bad = domains.find((d) => normaliseJid(d) !== d || d.includes("@"));
      if (bad) {
        ctx.addIssue({ code: "custom", message: `"${bad}" is not a domain` });
        return z.NEVER;
      }
      return domains;
    })
    .default([]),
  FERRY_METRICS: listenAddress.optional(),
  FERRY_MUC_SERVICES: z
    .string()
    .transform((s, ctx) => {
      const services = s.split(",").map((d) => d.trim()).filter(Boolean);
      const bad = services.find((d) => !normaliseJid(d) || d.includes("@") || d.includes("/"));
      if (bad) {
        ctx.addIssue({ code: "custom", message: `"${bad}" is not a group chat service address like conference.example.org` });
        return z.NEVER;
      }
      return [...new Set(services.map((d) => normaliseJid(d)!))];
    })
    .default([]),
});

/**
 * Ferry's settings: FERRY_* environment variables, optionally read from a
 * dotenv-style file named by FERRY_ENV_FILE (variables already in the
 * environment win). These names are a public interface: see README.
 */
export interface Settings {
  jid: string;
  password: string;
  /** FERRY_SERVICE; unset, the bot's domain is looked up like any account's (see serviceCandidates). */
  service?: string;
  serviceMap: Record<string, string>;
  store: string;
  admins: string[];
  locale: string;
  /** Locales offered to users; undefined means every locale in locales/. */
  locales?: string[];
  logLevel: string;
  allowOtherDomains: boolean;
  maxMessageChars: number;
  userRatePerMinute: number;
  userRateBurst: number;
  /** Stanzas per second toward a server during a move; 0 = unlimited. */
  serverRate: number;
  /** Subscription presences from one account: a burst, then a quiet; undefined = no limit. */
  subscribeRate?: SubscribeRate;
  /** Domains offered for new accounts (XEP-0077). */
  providers: string[];
  /** Group chat services offered as targets of `move room`. */
  mucServices: string[];
  /** Broadcast messages per second; 0 = unlimited. */
  broadcastRate: number;
  /** How often repeating broadcasts are checked for due reminders. */
  schedulerIntervalMs: number;
  /** How long an instance's claim on a running job lasts without renewal (renewed every third of it). */
  jobLeaseMs: number;
  /** FERRY_CONTACT_MAP read and parsed: legacy address → JID. */
  contactMap: Map<string, string>;
  /** Legacy network → gateway domain. */
  transports: Record<string, string>;
  importMaxBytes: number;
  /** Let imports download from private and loopback addresses (tests, intranets). */
  importAllowPrivate: boolean;
  /** FERRY_METRICS: where to serve Prometheus metrics; undefined, there is no metrics endpoint. */
  metrics?: { host: string; port: number };
  /** The largest backup file Ferry writes; the message history stops there. */
  backupMaxBytes: number;
}

/** The organisation's mapping table (legacy address → JID), read once at start-up. */
function readContactMap(file: string | undefined): Map<string, string> {
  if (!file) return new Map();
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new SettingsError("FERRY_CONTACT_MAP", `cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  let table: ReturnType<typeof parseContactMap>;
  try {
    table = parseContactMap(text);
  } catch (e) {
    if (e instanceof ImportError) throw new SettingsError("FERRY_CONTACT_MAP", `${file} is not a readable CSV file (${e.details.reason ?? e.code})`);
    throw e;
  }
  // A bad or ambiguous row would send someone's contacts to the wrong address, or nowhere: the table is fixed first.
  const problem = table.problems[0];
  if (problem) throw new SettingsError("FERRY_CONTACT_MAP", `${file} line ${problem.line}: ${problem.code} ${JSON.stringify(problem.detail ?? "")}`);
  return table.map;
}

/** Reads the environment (and FERRY_ENV_FILE) into validated settings, or throws SettingsError naming the first bad one. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  let merged: Record<string, string | undefined> = { ...env };
  if (env.FERRY_ENV_FILE) {
    let text: string;
    try {
      text = readFileSync(env.FERRY_ENV_FILE, "utf8");
    } catch (e) {
      throw new SettingsError("FERRY_ENV_FILE", `cannot read ${env.FERRY_ENV_FILE} (${(e as NodeJS.ErrnoException).code ?? e})`);
    }
    merged = { ...parseEnv(text), ...env };
  }
  // Empty strings count as unset, as shells and .env files often leave them.
  const present = Object.fromEntries(Object.entries(merged).filter(([k, v]) => k.startsWith("FERRY_") && v !== undefined && v !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SettingsError(String(issue.path[0] ?? "settings"), issue.message);
  }
  const s = parsed.data;
  const jid = normaliseJid(s.FERRY_JID)!;
  return {
    jid,
    password: s.FERRY_PASSWORD,
    service: s.FERRY_SERVICE,
    serviceMap: s.FERRY_SERVICE_MAP,
    store: s.FERRY_STORE,
    admins: s.FERRY_ADMINS,
    locale: s.FERRY_LOCALE,
    locales: s.FERRY_LOCALES,
    logLevel: s.FERRY_LOG_LEVEL,
    allowOtherDomains: s.FERRY_ALLOW_OTHER_DOMAINS,
    maxMessageChars: s.FERRY_MAX_MESSAGE_CHARS,
    userRatePerMinute: s.FERRY_USER_RATE_PER_MINUTE,
    userRateBurst: s.FERRY_USER_RATE_BURST,
    serverRate: s.FERRY_SERVER_RATE,
    ...(s.FERRY_SUBSCRIBE_RATE ? { subscribeRate: s.FERRY_SUBSCRIBE_RATE } : {}),
    providers: s.FERRY_PROVIDERS,
    mucServices: s.FERRY_MUC_SERVICES,
    broadcastRate: s.FERRY_BROADCAST_RATE,
    schedulerIntervalMs: s.FERRY_SCHEDULER_INTERVAL_MS,
    jobLeaseMs: s.FERRY_JOB_LEASE_MS,
    contactMap: readContactMap(s.FERRY_CONTACT_MAP),
    transports: s.FERRY_TRANSPORTS,
    importMaxBytes: s.FERRY_IMPORT_MAX_BYTES,
    importAllowPrivate: s.FERRY_IMPORT_ALLOW_PRIVATE,
    metrics: s.FERRY_METRICS,
    backupMaxBytes: s.FERRY_BACKUP_MAX_BYTES,
  };
}
