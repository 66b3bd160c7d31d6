import type { LineId, ReadinessLine, Verdict } from "./readiness.ts";

/**
 * How `ferry check`'s table reads. Like the rest of the command line it is
 * for the operator and in English (README: only what chat users see comes
 * from locales/); every case of every line is worded here, once.
 */
type Words = (p: Record<string, string>) => string;
interface CaseWording {
  detail: Words;
  /** What to do about it; every case a line can be missing in has one. */
  fix?: Words;
}

const UNCHECKED: CaseWording = { detail: () => "not checked: the bot could not sign in" };
const NO_ANSWER: CaseWording = {
  detail: (p) => `${p.domain} did not answer (${p.detail})`,
  fix: (p) => `run ferry check again; if it stays so, see the log of the server of ${p.domain}`,
};
const PASTE_EVERY_ADDRESS = (p: Record<string, string>) =>
  `to reach every account, broadcast to "a list" and paste or share every address: Prosody: prosodyctl shell user list ${p.domain}; ejabberd: ejabberdctl registered_users ${p.domain}`;

function size(bytes: string): string {
  const n = Number(bytes);
  return n >= 1024 * 1024 ? `${Math.floor(n / (1024 * 1024))} MiB` : n >= 1024 ? `${Math.floor(n / 1024)} KiB` : `${n} bytes`;
}

const WORDING: Record<LineId, { label: Words; cases: Record<string, CaseWording> }> = {
  "sign-in": {
    label: () => "bot sign-in",
    cases: {
      "signed-in": { detail: (p) => `as ${p.bot}` },
      "not-authorized": {
        detail: (p) => `the server refuses the password of ${p.bot}`,
        fix: (p) => `set FERRY_PASSWORD to the password of ${p.bot}, or create that account (Prosody: prosodyctl adduser ${p.bot})`,
      },
      unreachable: {
        detail: (p) => `no server for ${p.domain} can be reached (${p.detail}; tried ${p.tried})`,
        fix: (p) => `check FERRY_SERVICE or FERRY_SERVICE_MAP (or the _xmpp-client._tcp SRV records of ${p.domain}) and that the server runs`,
      },
      other: {
        detail: (p) => `cannot sign in as ${p.bot} (${p.detail})`,
        fix: () => "check FERRY_JID and FERRY_PASSWORD, and the server's log",
      },
    },
  },
  store: {
    label: () => "store writable",
    cases: {
      writable: { detail: (p) => p.url! },
      "not-writable": {
        detail: (p) => `${p.url}: ${p.detail}`,
        fix: () => "FERRY_STORE must be a store Ferry can write: sqlite:// in a folder it may write in, or a running Redis or PostgreSQL that takes these credentials",
      },
    },
  },
  "ferry-admins": {
    label: () => "Ferry admins",
    cases: {
      set: { detail: (p) => p.admins! },
      none: {
        detail: () => "FERRY_ADMINS is empty: nobody can use broadcast, broadcasts and stats",
        fix: () => "set FERRY_ADMINS to the addresses of the admins, comma-separated",
      },
    },
  },
  "server-admin": {
    label: () => "server admin rights",
    cases: {
      admin: { detail: (p) => `${p.domain} lets ${p.bot} run XEP-0133 admin commands` },
      "not-admin": {
        detail: (p) => `${p.domain} offers ${p.bot} no XEP-0133 admin command`,
        fix: (p) => `Prosody: admins = { "${p.bot}" } and "admin_adhoc" in modules_enabled; ejabberd: ${p.bot} in the admin ACL, with mod_adhoc and mod_configure`,
      },
      "no-answer": NO_ANSWER,
      unchecked: UNCHECKED,
    },
  },
  "user-lists": {
    label: () => '"all users" reach',
    cases: {
      "every-account": { detail: (p) => `every account of ${p.domain} (XEP-0133 registered-users list)` },
      "known-and-online": {
        detail: () => 'no registered-users list: "all users" reaches who is online and who Ferry knows of (in the bot\'s roster, with a move, or who wrote to the bot)',
        fix: PASTE_EVERY_ADDRESS,
      },
      known: {
        detail: () => 'no XEP-0133 user list: "all users" reaches only who Ferry knows of (in the bot\'s roster, with a move, or who wrote to the bot), "online now" nobody',
        fix: (p) => `make the bot a server admin (above); ${PASTE_EVERY_ADDRESS(p)}`,
      },
      "no-answer": NO_ANSWER,
      unchecked: UNCHECKED,
    },
  },
  upload: {
    label: () => "HTTP upload",
    cases: {
      offered: { detail: (p) => p.service! },
      "offered-up-to": { detail: (p) => `${p.service}, files up to ${size(p.max!)}` },
      none: {
        detail: (p) => `${p.domain} offers no XEP-0363 upload: stats sends its JSON as a message instead of a download, backup gives no link`,
        fix: (p) => `Prosody: Component "upload.${p.domain}" "http_file_share"; ejabberd: mod_http_upload`,
      },
      "no-answer": NO_ANSWER,
      unchecked: UNCHECKED,
    },
  },
  pep: {
    label: () => "PEP",
    cases: {
      offered: { detail: (p) => `accounts of ${p.domain} have PEP (XEP-0163)` },
      none: {
        detail: (p) => `accounts of ${p.domain} have no PEP: a move cannot leave its XEP-0283 statement there, nor copy avatar, nickname and bookmarks from there`,
        fix: () => 'Prosody: "pep" in modules_enabled; ejabberd: mod_pubsub with the "pep" plugin',
      },
      "no-answer": NO_ANSWER,
      unchecked: UNCHECKED,
    },
  },
  provider: {
    label: (p) => (p.provider ? `provider ${p.provider}` : "providers"),
    cases: {
      "none-set": { detail: () => "FERRY_PROVIDERS is empty: move offers no new account, only addresses people already have" },
      open: { detail: () => "open for registration (XEP-0077)" },
      web: { detail: () => "takes new accounts on its website only: move sends people there" },
      closed: {
        detail: () => "does not accept new accounts",
        fix: (p) => `open registration on ${p.provider} (Prosody: allow_registration = true), or take it out of FERRY_PROVIDERS`,
      },
      unreachable: {
        detail: (p) => `cannot be reached (${p.detail})`,
        fix: (p) => `check ${p.provider} in FERRY_SERVICE_MAP or its DNS records, and that its server runs; or take it out of FERRY_PROVIDERS`,
      },
    },
  },
};

const wordingOf = (l: ReadinessLine): CaseWording => {
  const wording = WORDING[l.id].cases[l.case];
  if (!wording) throw new Error(`no wording for ${l.id} ${l.case}`);
  return wording;
};

const labelOf = (l: ReadinessLine): string => WORDING[l.id].label(l.params);

function summary(v: Verdict): string {
  const unchecked = v.unchecked.length > 0 ? ` ${v.unchecked.length} lines could not be checked.` : "";
  if (!v.ready) return `Not ready: ${v.blocking.map(labelOf).join(" and ")} ${v.blocking.length === 1 ? "is missing; fix it" : "are missing; fix them"} first.${unchecked}`;
  if (v.warnings.length === 0) return "Ready: everything Ferry uses is there.";
  return `Ready, with ${v.warnings.length} ${v.warnings.length === 1 ? "warning" : "warnings"}: Ferry runs, but each missing line limits what it can do.`;
}

/** The table `ferry check` prints: one line per check (state, what, what was found), its fix under each line that is not ok, then the verdict. */
export function renderReadiness(bot: string, lines: ReadinessLine[], verdict: Verdict): string {
  const states = lines.map((l) => l.state);
  const labels = lines.map(labelOf);
  const stateWidth = Math.max(...states.map((s) => s.length));
  const labelWidth = Math.max(...labels.map((s) => s.length));
  const indent = " ".repeat(2 + stateWidth + 2 + labelWidth + 2);
  const rows = lines.flatMap((l, i) => {
    const wording = wordingOf(l);
    const row = `  ${states[i]!.padEnd(stateWidth)}  ${labels[i]!.padEnd(labelWidth)}  ${wording.detail(l.params)}`;
    return l.state === "missing" && wording.fix ? [row, `${indent}fix: ${wording.fix(l.params)}`] : [row];
  });
  return `Ferry check for ${bot}\n\n${rows.join("\n")}\n\n${summary(verdict)}\n`;
}
