import { allUsersReach } from "../../../flows/admin/audience.ts";
import { isAdminCommand } from "../../protocol/account/server-admin.ts";

/** What a probe learnt, or why it learnt nothing (an error or no answer in time). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; detail: string };

/** What `ferry check` found out, as plain data: the probes' answers and the settings they were asked with. */
export interface Findings {
  bot: string;
  /** FERRY_ADMINS. */
  admins: string[];
  signIn: { ok: true } | { ok: false; reason: "not-authorized" | "unreachable" | "other"; detail: string; tried: string[] };
  /** What the bot's server offers it; undefined when the bot could not sign in. */
  server?: {
    /** The ad-hoc nodes the server lets the bot run. */
    commands: Outcome<ReadonlySet<string>>;
    /** The XEP-0363 service, undefined when there is none. */
    upload: Outcome<{ jid: string; maxFileSize?: number } | undefined>;
    pep: Outcome<boolean>;
  };
  /** FERRY_PROVIDERS, each with what its sign-up is like; a failure is a provider that cannot be asked. */
  providers: { domain: string; registration: Outcome<"open" | "web" | "closed"> }[];
  /** The store, redacted (no password), and whether a record could be written and read back. */
  store: { url: string; writable: Outcome<void> };
}

export type LineId = "sign-in" | "store" | "ferry-admins" | "server-admin" | "user-lists" | "upload" | "pep" | "provider";

/**
 * One line of the table: which case applies (the key of its wording, and of
 * the fix when it is not ok) and the values the wording names. A `required`
 * line that is not ok means Ferry is not ready; the others limit one feature.
 */
export interface ReadinessLine {
  id: LineId;
  state: "ok" | "missing" | "unchecked";
  required: boolean;
  case: string;
  params: Record<string, string>;
}

export interface Verdict {
  ready: boolean;
  /** Required lines that are not ok. */
  blocking: ReadinessLine[];
  /** Other lines that are missing: each limits one feature. */
  warnings: ReadinessLine[];
  /** Lines that could not be checked (the bot could not sign in). */
  unchecked: ReadinessLine[];
}

const line = (id: LineId, state: ReadinessLine["state"], kase: string, params: Record<string, string> = {}): ReadinessLine => ({
  id,
  state,
  required: id === "sign-in" || id === "store",
  case: kase,
  params,
});

/** A line about the bot's server: unchecked without a sign-in, missing when the server did not answer. */
function serverLine<T>(id: LineId, outcome: Outcome<T> | undefined, params: Record<string, string>, decide: (value: T) => ReadinessLine): ReadinessLine {
  if (!outcome) return line(id, "unchecked", "unchecked", params);
  if (!outcome.ok) return line(id, "missing", "no-answer", { ...params, detail: outcome.detail });
  return decide(outcome.value);
}

/**
 * The readiness table's lines, in the order an admin fixes them: the
 * must-haves (sign-in, store), who may use the admin commands, what the
 * bot's server lets it do, then each provider.
 */
export function readinessLines(f: Findings): ReadinessLine[] {
  const domain = f.bot.slice(f.bot.indexOf("@") + 1);
  const base = { bot: f.bot, domain };
  const server = f.server;
  const lines: ReadinessLine[] = [
    f.signIn.ok
      ? line("sign-in", "ok", "signed-in", base)
      : line("sign-in", "missing", f.signIn.reason, { ...base, detail: f.signIn.detail, tried: f.signIn.tried.join(", ") }),
    f.store.writable.ok ? line("store", "ok", "writable", { url: f.store.url }) : line("store", "missing", "not-writable", { url: f.store.url, detail: f.store.writable.detail }),
    f.admins.length > 0 ? line("ferry-admins", "ok", "set", { admins: f.admins.join(", ") }) : line("ferry-admins", "missing", "none"),
    serverLine("server-admin", server?.commands, base, (commands) =>
      [...commands].some(isAdminCommand) ? line("server-admin", "ok", "admin", base) : line("server-admin", "missing", "not-admin", base),
    ),
    serverLine("user-lists", server?.commands, base, (commands) => {
      const reach = allUsersReach(commands);
      return line("user-lists", reach === "every-account" ? "ok" : "missing", reach, base);
    }),
    serverLine("upload", server?.upload, base, (service) =>
      service
        ? line("upload", "ok", service.maxFileSize === undefined ? "offered" : "offered-up-to", { ...base, service: service.jid, max: String(service.maxFileSize ?? "") })
        : line("upload", "missing", "none", base),
    ),
    serverLine("pep", server?.pep, base, (pep) => (pep ? line("pep", "ok", "offered", base) : line("pep", "missing", "none", base))),
  ];
  if (f.providers.length === 0) lines.push(line("provider", "ok", "none-set"));
  for (const p of f.providers) {
    const params = { provider: p.domain };
    if (!p.registration.ok) lines.push(line("provider", "missing", "unreachable", { ...params, detail: p.registration.detail }));
    else lines.push(line("provider", p.registration.value === "closed" ? "missing" : "ok", p.registration.value, params));
  }
  return lines;
}

/** Ready when every required line is ok; the rest are warnings. */
export function verdictOf(lines: ReadinessLine[]): Verdict {
  const blocking = lines.filter((l) => l.required && l.state !== "ok");
  return {
    ready: blocking.length === 0,
    blocking,
    warnings: lines.filter((l) => !l.required && l.state === "missing"),
    unchecked: lines.filter((l) => l.state === "unchecked"),
  };
}
