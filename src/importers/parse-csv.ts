import { CsvError, parse, type Options } from "csv-parse/sync";
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

/**
 * Whether `text` reads as a contact CSV: a known header, a file named .csv, or
 * rows of equal width with one column of addresses beside other data.
 */
export function looksLikeCsv(text: string, nameSaysCsv: boolean): "outlook-csv" | "csv" | undefined {
  const delimiter = detectDelimiter(text);
  let sample: string[][];
  try {
    sample = readRecords(text, delimiter ?? ",", SAMPLE_LINES);
  } catch {
    return nameSaysCsv ? "csv" : undefined;
  }
  const header = sample[0];
  if (header === undefined) return undefined;
  const known = columnsFromHeader(header);
  if (known) return known.outlook ? "outlook-csv" : "csv";
  if (nameSaysCsv) return "csv";
  if (delimiter === undefined || sample.length < 2) return undefined;
  const even = sample.filter((r) => r.length === header.length).length >= sample.length * 0.8;
  const found = columnsFromContent(sample);
  // A column of addresses beside a column of something else; lists of addresses alone are pasted text.
  return even && found !== undefined && found.roles.some((r) => r.role === "full") ? "csv" : undefined;
}

export function parseCsv(text: string, maxEntries?: number): ParseResult {
  const delimiter = detectDelimiter(text) ?? ",";
  const rows = readRecords(text, delimiter);
  const first = rows[0];
  const columns = (first && columnsFromHeader(first)) ?? columnsFromContent(rows.slice(0, SAMPLE_LINES));
  if (columns === undefined) throw new ImportError("unknown-format", { reason: "no-address-column" });

  // Rows stand in for lines: finding each record's line slows parsing a lot, so it is done
  // (by parsing again) only once a problem needs one.
  let lines: number[] | undefined;
  const out = new EntryCollector(maxEntries, { resolveLine: (row) => (lines ??= readLines(text, delimiter))[row] });
  const byRole = columnsByRole(columns);
  for (let i = columns.hasHeader ? 1 : 0; i < rows.length; i++) {
    readRow(rows[i] ?? [], byRole, i, out);
  }
  return out.result(columns.outlook ? "outlook-csv" : "csv");
}

/** Column indexes per role, in header order, worked out once per file. */
interface RoleColumns {
  full: number[];
  /** First, middle and last name columns, in that order. */
  parts: number[];
  nick: number[];
  groups: number[];
  addresses: Columns["roles"];
}

function columnsByRole(columns: Columns): RoleColumns {
  const of = (role: Role): number[] => columns.roles.filter((c) => c.role === role).map((c) => c.index);
  return {
    full: of("full"),
    parts: [...of("first"), ...of("middle"), ...of("last")],
    nick: of("nick"),
    groups: of("groups"),
    addresses: columns.roles.filter((c) => ADDRESS_ROLES.has(c.role)),
  };
}

// Outlook joins categories with ";", Gmail with " ::: ".
const GROUP_SEPARATOR = /;|:::/;

function readRow(row: readonly string[], columns: RoleColumns, line: number, out: EntryCollector): void {
  const name = firstCell(row, columns.full) ?? (joinedCells(row, columns.parts) || firstCell(row, columns.nick));
  const groups: string[] = [];
  for (const index of columns.groups) {
    const cell = (row[index] ?? "").trim();
    if (cell === "") continue;
    for (const g of cell.split(GROUP_SEPARATOR)) if (!g.trim().startsWith("* ")) groups.push(g);
  }

  const im: RawEntry[] = [];
  const mail: RawEntry[] = [];
  for (const { index, role } of columns.addresses) {
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

/** The first non-empty cell of `indexes`, trimmed. */
function firstCell(row: readonly string[], indexes: readonly number[]): string | undefined {
  for (const i of indexes) {
    const v = (row[i] ?? "").trim();
    if (v !== "") return v;
  }
  return undefined;
}

/** The non-empty cells of `indexes`, trimmed and joined with spaces ("" when there are none). */
function joinedCells(row: readonly string[], indexes: readonly number[]): string {
  let joined = "";
  for (const i of indexes) {
    const v = (row[i] ?? "").trim();
    if (v !== "") joined = joined === "" ? v : `${joined} ${v}`;
  }
  return joined;
}

const WHITESPACE = /\s/;
const WHITESPACE_RUN = /\s+/;

/** A cell may list several addresses; text that is not a list stays whole so it is reported once. */
function cellTokens(cell: string): string[] {
  const tokens: string[] = [];
  let start = 0;
  // Pieces between commas and semicolons; the end of the cell closes the last one.
  for (let i = 0; i <= cell.length; i++) {
    const c = i === cell.length ? 0x3b : cell.charCodeAt(i);
    if (c !== 0x3b && c !== 0x2c) continue;
    const piece = cell.slice(start, i).trim();
    start = i + 1;
    if (piece === "") continue;
    if (!WHITESPACE.test(piece)) {
      tokens.push(piece);
      continue;
    }
    const words = piece.split(WHITESPACE_RUN);
    if (words.every((w) => w.includes("@"))) tokens.push(...words);
    else tokens.push(words.join(" "));
  }
  return tokens;
}

const DIGITS = /^\d+$/;

function classifyToken(role: Role, token: string): { network: Network; address: string } {
  const uri = parseImUri(token);
  if (uri) return uri;
  switch (role) {
    case "email":
      return { network: "email", address: token };
    case "im":
      // Unknown shapes become invalid xmpp so the collector reports them.
      return { network: token.includes("@") || DIGITS.test(token) ? guessNetwork(token) : "xmpp", address: token };
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

const CSV_OPTIONS = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: true,
} as const;

function readRecords(text: string, delimiter: Delimiter, toLine?: number): string[][] {
  // Sampling a few lines (to_line) is left to csv-parse; whole files take the fast reader when they can.
  if (toLine === undefined) {
    const simple = readPlainRecords(text, delimiter);
    if (simple !== undefined) return simple;
  }
  return parseText(text, { ...CSV_OPTIONS, delimiter, ...(toLine === undefined ? {} : { to_line: toLine }) });
}

const CR = 0x0d;
const LF = 0x0a;
const QUOTE = 0x22;
// csv-parse reads UTF-8 bytes, in which a lone surrogate becomes U+FFFD.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The records csv-parse returns for `text` with CSV_OPTIONS, read several times faster,
 * for files in the usual shape: quoted fields closed right before a delimiter or line end,
 * and one kind of line end outside quotes. Returns undefined at anything else (including
 * what csv-parse reports as an error), and csv-parse reads the file instead.
 */
function readPlainRecords(text: string, delimiter: Delimiter): string[][] | undefined {
  if (LONE_SURROGATE.test(text)) return undefined;
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const rows: string[][] = [];
  let record: string[] = [];
  // As csv-parse does, the first line end outside quotes (CRLF, LF or CR) is the only one accepted.
  let eol: "\r\n" | "\n" | "\r" | undefined;
  /** Length of the line end at `at`, or 0 when it is not the file's kind. */
  const lineEnd = (at: number): number => {
    const c = text.charCodeAt(at);
    eol ??= c === LF ? "\n" : text.charCodeAt(at + 1) === LF ? "\r\n" : "\r";
    return text.startsWith(eol, at) ? eol.length : 0;
  };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      // A quoted field; "" stands for one quote.
      let value = "";
      let from = i + 1;
      let close = text.indexOf('"', from);
      while (close !== -1 && text.charCodeAt(close + 1) === QUOTE) {
        value += text.slice(from, close + 1);
        from = close + 2;
        close = text.indexOf('"', from);
      }
      if (close === -1) return undefined;
      record.push(value + text.slice(from, close));
      i = close + 1;
      if (i === n) {
        rows.push(record);
        return rows;
      }
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        continue;
      }
      if (c !== CR && c !== LF) return undefined;
      const len = lineEnd(i);
      if (len === 0) return undefined;
      rows.push(record);
      record = [];
      i += len;
      continue;
    }
    // An unquoted field: quotes inside it are ordinary characters.
    let end = i;
    let c = 0;
    while (end < n && (c = text.charCodeAt(end)) !== d && c !== CR && c !== LF) end++;
    const value = text.slice(i, end);
    if (end === n) {
      if (value !== "" || record.length > 0) {
        record.push(value);
        rows.push(record);
      }
      return rows;
    }
    if (c === d) {
      record.push(value);
      i = end + 1;
      continue;
    }
    const len = lineEnd(end);
    if (len === 0) return undefined;
    // skip_empty_lines: a line without any character gives no record.
    if (value !== "" || record.length > 0) {
      record.push(value);
      rows.push(record);
      record = [];
    }
    i = end + len;
  }
}

/** The line on which each record of readRecords ends (1-based). on_record makes parsing much slower. */
function readLines(text: string, delimiter: Delimiter): number[] {
  const lines: number[] = [];
  parseText(text, {
    ...CSV_OPTIONS,
    delimiter,
    on_record: (record: string[], context) => {
      lines.push(context.lines);
      return record;
    },
  });
  return lines;
}

function parseText(text: string, options: Options): string[][] {
  try {
    return parse(text, options) as string[][];
  } catch (e) {
    if (e instanceof CsvError) throw new ImportError("csv-malformed", { reason: e.code });
    throw e;
  }
}
