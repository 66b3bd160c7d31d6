import { CsvError, parse } from "csv-parse/sync";
import { guessNetwork, parseImUri } from "./classify-address.ts";
import { EntryCollector, type RawEntry } from "./collect-entries.ts";
import { ImportError, type Network, type ParseResult } from "./import-entry.ts";

type Role = "first" | "middle" | "last" | "nick" | "full" | "groups" | "email" | "im" | Exclude<Network, "email" | "other">;

// Header cells are compared lower-case with everything but letters and digits removed
// ("E-mail 2 Address" → "email2address"). English and German Outlook, Gmail, and plain lists.
const HEADER_ROLES: Record<string, Role> = {
  firstname: "first",
  givenname: "first",
  vorname: "first",
  middlename: "middle",
  additionalname: "middle",
  weiterevornamen: "middle",
  lastname: "last",
  familyname: "last",
  surname: "last",
  nachname: "last",
  nickname: "nick",
  name: "full",
  displayname: "full",
  fullname: "full",
  anzeigename: "full",
  categories: "groups",
  kategorien: "groups",
  groupmembership: "groups",
  group: "groups",
  groups: "groups",
  gruppe: "groups",
  gruppen: "groups",
  emailaddress: "email",
  email2address: "email",
  email3address: "email",
  emailadresse: "email",
  email2adresse: "email",
  email3adresse: "email",
  email1value: "email",
  email2value: "email",
  email: "email",
  mail: "email",
  imaddress: "im",
  imadresse: "im",
  im1value: "im",
  im2value: "im",
  address: "im",
  contact: "im",
  jid: "xmpp",
  xmpp: "xmpp",
  jabber: "xmpp",
  jabberid: "xmpp",
  xmppaddress: "xmpp",
  msn: "msn",
  icq: "icq",
  yahoo: "yahoo",
  aim: "aim",
};

const ADDRESS_ROLES: ReadonlySet<Role> = new Set(["email", "im", "xmpp", "msn", "icq", "yahoo", "aim"]);
const DELIMITERS = [",", ";", "\t"] as const;
type Delimiter = (typeof DELIMITERS)[number];
const SAMPLE_LINES = 50;

interface Columns {
  roles: Array<{ index: number; role: Role }>;
  outlook: boolean;
  /** Whether the first record is a header to skip. */
  hasHeader: boolean;
}

interface Records {
  rows: string[][];
  /** Line on which each row ends (1-based). */
  lines: number[];
}

/**
 * Whether `text` reads as a contact CSV: a known header, a file named .csv, or
 * rows of equal width with one column of addresses beside other data.
 */
export function looksLikeCsv(text: string, nameSaysCsv: boolean): "outlook-csv" | "csv" | undefined {
  const delimiter = detectDelimiter(text);
  let sample: Records;
  try {
    sample = readRecords(text, delimiter ?? ",", SAMPLE_LINES);
  } catch {
    return nameSaysCsv ? "csv" : undefined;
  }
  const header = sample.rows[0];
  if (header === undefined) return undefined;
  const known = columnsFromHeader(header);
  if (known) return known.outlook ? "outlook-csv" : "csv";
  if (nameSaysCsv) return "csv";
  if (delimiter === undefined || sample.rows.length < 2) return undefined;
  const even = sample.rows.filter((r) => r.length === header.length).length >= sample.rows.length * 0.8;
  const found = columnsFromContent(sample.rows);
  // A column of addresses beside a column of something else; lists of addresses alone are pasted text.
  return even && found !== undefined && found.roles.some((r) => r.role === "full") ? "csv" : undefined;
}

export function parseCsv(text: string, maxEntries?: number): ParseResult {
  const delimiter = detectDelimiter(text) ?? ",";
  const { rows, lines } = readRecords(text, delimiter);
  const first = rows[0];
  const columns = (first && columnsFromHeader(first)) ?? columnsFromContent(rows.slice(0, SAMPLE_LINES));
  if (columns === undefined) throw new ImportError("unknown-format", { reason: "no-address-column" });

  const out = new EntryCollector(maxEntries);
  for (let i = columns.hasHeader ? 1 : 0; i < rows.length; i++) {
    const row = rows[i] ?? [];
    readRow(row, columns, lines[i], out);
  }
  return out.result(columns.outlook ? "outlook-csv" : "csv");
}

function readRow(row: string[], columns: Columns, line: number | undefined, out: EntryCollector): void {
  const cell = (role: Role): string[] =>
    columns.roles.filter((c) => c.role === role).map((c) => (row[c.index] ?? "").trim()).filter((v) => v !== "");
  const name =
    cell("full")[0] ?? ([...cell("first"), ...cell("middle"), ...cell("last")].join(" ") || cell("nick")[0]);
  // Outlook joins categories with ";", Gmail with " ::: ".
  const groups = cell("groups")
    .flatMap((g) => g.split(/;|:::/))
    .filter((g) => !g.trim().startsWith("* "));

  const im: RawEntry[] = [];
  const mail: RawEntry[] = [];
  for (const { index, role } of columns.roles) {
    if (!ADDRESS_ROLES.has(role)) continue;
    for (const token of cellTokens(row[index] ?? "")) {
      const found = classifyToken(role, token);
      const entry: RawEntry = { network: found.network, address: found.address, name, groups, line };
      (found.network === "email" ? mail : im).push(entry);
    }
  }
  // E-mail addresses only stand in for a person who has no IM address in the row.
  const chosen = im.length > 0 ? im : mail;
  if (chosen.length === 0) {
    if (row.some((v) => v.trim() !== "")) out.problem({ code: "no-address", line, detail: name });
    return;
  }
  for (const e of chosen) out.add(e);
}

/** A cell may list several addresses; text that is not a list stays whole so it is reported once. */
function cellTokens(cell: string): string[] {
  const tokens: string[] = [];
  for (const piece of cell.split(/[;,]/)) {
    const words = piece.trim().split(/\s+/).filter((w) => w !== "");
    if (words.length > 1 && words.every((w) => w.includes("@"))) tokens.push(...words);
    else if (words.length > 0) tokens.push(words.join(" "));
  }
  return tokens;
}

function classifyToken(role: Role, token: string): { network: Network; address: string } {
  const uri = parseImUri(token);
  if (uri) return uri;
  switch (role) {
    case "email":
      return { network: "email", address: token };
    case "im":
      // Unknown shapes become invalid xmpp so the collector reports them.
      return { network: token.includes("@") || /^\d+$/.test(token) ? guessNetwork(token) : "xmpp", address: token };
    default:
      return { network: role as Network, address: token };
  }
}

function headerKey(cell: string): string {
  return cell
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function columnsFromHeader(header: readonly string[]): Columns | undefined {
  const roles: Columns["roles"] = [];
  header.forEach((cell, index) => {
    const role = HEADER_ROLES[headerKey(cell)];
    if (role !== undefined) roles.push({ index, role });
  });
  if (!roles.some((r) => ADDRESS_ROLES.has(r.role))) return undefined;
  const keys = new Set(header.map(headerKey));
  const outlook = (keys.has("firstname") || keys.has("vorname")) && (keys.has("lastname") || keys.has("nachname")) &&
    (keys.has("emailaddress") || keys.has("emailadresse") || keys.has("imaddress"));
  return { roles, outlook, hasHeader: true };
}

/** Headerless or unknown header: find the column that mostly holds addresses, and a name beside it. */
function columnsFromContent(rows: readonly string[][]): Columns | undefined {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const roles: Columns["roles"] = [];
  let nameColumn: number | undefined;
  for (let index = 0; index < width; index++) {
    const cells = rows.map((r) => (r[index] ?? "").trim()).filter((v) => v !== "");
    const addresses = cells.filter(isAddressCell).length;
    if (cells.length > 0 && addresses >= cells.length * 0.5) roles.push({ index, role: "im" });
    else if (nameColumn === undefined && cells.some((c) => /\p{L}/u.test(c))) nameColumn = index;
  }
  const firstAddress = roles[0];
  if (firstAddress === undefined) return undefined;
  if (nameColumn !== undefined) roles.push({ index: nameColumn, role: "full" });
  const hasHeader = !isAddressCell((rows[0]?.[firstAddress.index] ?? "").trim());
  return { roles, outlook: false, hasHeader };
}

function isAddressCell(cell: string): boolean {
  return parseImUri(cell) !== undefined || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cell);
}

/** The delimiter used most in the first line outside quotes; undefined when none appears. */
function detectDelimiter(text: string): Delimiter | undefined {
  const counts = new Map<Delimiter, number>();
  let quoted = false;
  const start = text.search(/\S/);
  for (let i = Math.max(start, 0); i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && (c === "," || c === ";" || c === "\t")) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: Delimiter | undefined;
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (best === undefined ? 0 : (counts.get(best) ?? 0))) best = d;
  return best;
}

function readRecords(text: string, delimiter: Delimiter, toLine?: number): Records {
  const lines: number[] = [];
  try {
    const rows = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      ...(toLine === undefined ? {} : { to_line: toLine }),
      on_record: (record: string[], context) => {
        lines.push(context.lines);
        return record;
      },
    });
    return { rows, lines };
  } catch (e) {
    if (e instanceof CsvError) throw new ImportError("csv-malformed", { reason: e.code });
    throw e;
  }
}
