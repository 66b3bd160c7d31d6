import { normaliseAddress } from "./classify-address.ts";
import {
  ImportError,
  type ImportEntry,
  type ImportFormat,
  type Network,
  type ParseProblem,
  type ParseResult,
} from "./import-entry.ts";

export const DEFAULT_MAX_ENTRIES = 100_000;
// A damaged file could otherwise yield one problem per line; the first ones tell the story.
const MAX_PROBLEMS = 200;
const MAX_DETAIL = 200;

export interface RawEntry {
  network: Network;
  address: string;
  name?: string | undefined;
  groups?: readonly string[];
  /** The source line, or a reference the collector's `resolveLine` turns into one. */
  line?: number | undefined;
}

/**
 * Gathers entries while a parser runs: validates addresses, collapses duplicates
 * (same network and address, case-insensitive; groups merged, first name kept)
 * and stops at the entry limit.
 */
export class EntryCollector {
  // Keyed by network, then lower-case address: cheaper than one map of `network:address` strings.
  private readonly byNetwork = new Map<Network, Map<string, ImportEntry>>();
  /** In the order first seen. */
  private readonly entries: ImportEntry[] = [];
  private readonly problems: ParseProblem[] = [];
  private droppedProblems = 0;

  private readonly streamed: boolean;
  private readonly resolveLine: ((ref: number) => number | undefined) | undefined;

  /**
   * `resolveLine` maps the `line` given with an entry or problem to the reported line; a parser
   * that cannot cheaply know lines (CSV) passes row numbers and finds lines only if a problem is kept.
   * `streamed`: the parser reads the file in pieces, and what the collector keeps is copied so that
   * it does not hold the pieces alive (see detach). Parsers of one whole text skip the copies: the
   * text lives as long as the parse does, and the worker's result is copied out of it anyway.
   */
  constructor(
    private readonly maxEntries: number = DEFAULT_MAX_ENTRIES,
    options: { resolveLine?: (ref: number) => number | undefined; streamed?: boolean } = {},
  ) {
    this.resolveLine = options.resolveLine;
    this.streamed = options.streamed ?? false;
  }

  /** Adds an entry; returns it (possibly merged into an earlier one), or undefined when the address is invalid. */
  add(raw: RawEntry): ImportEntry | undefined {
    const address = normaliseAddress(raw.network, raw.address);
    if (address === undefined) {
      this.problem({ code: "invalid-address", line: raw.line, detail: raw.address });
      return undefined;
    }
    let byAddress = this.byNetwork.get(raw.network);
    if (byAddress === undefined) this.byNetwork.set(raw.network, (byAddress = new Map()));
    const key = address.toLowerCase();
    const groups = uniqueNonEmpty(raw.groups ?? []);
    const name = cleanName(raw.name);
    const existing = byAddress.get(key);
    if (existing) {
      for (const g of groups) if (!existing.groups.includes(g)) existing.groups.push(this.keep(g));
      if (existing.name === undefined && name !== undefined) existing.name = this.keep(name);
      return existing;
    }
    if (this.entries.length >= this.maxEntries) {
      throw new ImportError("too-large", { maxEntries: this.maxEntries });
    }
    const kept = this.keep(address);
    // `map` also sizes the array exactly: one grown by `push` keeps room for 16 more, 130 bytes an entry.
    const entry: ImportEntry = { address: kept, network: raw.network, groups: groups.map((g) => this.keep(g)) };
    if (name !== undefined) entry.name = this.keep(name);
    // The key is usually the address itself (already lower-case), so the index holds no text of the source either.
    byAddress.set(key === address ? kept : this.keep(key), entry);
    this.entries.push(entry);
    return entry;
  }

  private keep(s: string): string {
    return this.streamed ? detach(s) : s;
  }

  problem(p: { code: ParseProblem["code"]; line?: number | undefined; detail?: string | undefined }): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.droppedProblems++;
      return;
    }
    const out: ParseProblem = { code: p.code };
    const line = p.line === undefined || this.resolveLine === undefined ? p.line : this.resolveLine(p.line);
    if (line !== undefined) out.line = line;
    if (p.detail !== undefined) out.detail = this.keep(p.detail.length > MAX_DETAIL ? p.detail.slice(0, MAX_DETAIL) : p.detail);
    this.problems.push(out);
  }

  result(format: ImportFormat): ParseResult {
    const problems = [...this.problems];
    if (this.droppedProblems > 0) problems.push({ code: "too-many-problems", detail: String(this.droppedProblems) });
    return { format, entries: [...this.entries], problems };
  }
}

/**
 * The same text, not tied to the text it was cut from: V8 keeps a substring of 13 or more
 * characters as a view on its parent, so one address kept from a 64 KiB piece of a streamed
 * file would keep the whole piece alive. Prepending a character forces a flat copy.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}

function cleanName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const n = isTidyAscii(name) ? name : name.replace(/\s+/gu, " ").trim();
  return n ? n : undefined;
}

/** Printable ASCII with single inner spaces: what cleanName would return unchanged, checked without a regex. */
function isTidyAscii(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || s.charCodeAt(i + 1) === 0x20) return false;
    } else if (c < 0x21 || c > 0x7e) {
      return false;
    }
  }
  return true;
}

function uniqueNonEmpty(groups: readonly string[]): string[] {
  const out: string[] = [];
  for (const g of groups) {
    const t = g.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}
