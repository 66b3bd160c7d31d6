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
  line?: number | undefined;
}

/**
 * Gathers entries while a parser runs: validates addresses, collapses duplicates
 * (same network and address, case-insensitive; groups merged, first name kept)
 * and stops at the entry limit.
 */
export class EntryCollector {
  private readonly byKey = new Map<string, ImportEntry>();
  private readonly problems: ParseProblem[] = [];
  private droppedProblems = 0;

  constructor(private readonly maxEntries: number = DEFAULT_MAX_ENTRIES) {}

  /** Adds an entry; returns it (possibly merged into an earlier one), or undefined when the address is invalid. */
  add(raw: RawEntry): ImportEntry | undefined {
    const address = normaliseAddress(raw.network, raw.address);
    if (address === undefined) {
      this.problem({ code: "invalid-address", line: raw.line, detail: raw.address });
      return undefined;
    }
    const key = `${raw.network}:${address.toLowerCase()}`;
    const groups = uniqueNonEmpty(raw.groups ?? []);
    const name = cleanName(raw.name);
    const existing = this.byKey.get(key);
    if (existing) {
      for (const g of groups) if (!existing.groups.includes(g)) existing.groups.push(g);
      if (existing.name === undefined && name !== undefined) existing.name = name;
      return existing;
    }
    if (this.byKey.size >= this.maxEntries) {
      throw new ImportError("too-large", { maxEntries: this.maxEntries });
    }
    const entry: ImportEntry = { address, network: raw.network, groups };
    if (name !== undefined) entry.name = name;
    this.byKey.set(key, entry);
    return entry;
  }

  problem(p: { code: ParseProblem["code"]; line?: number | undefined; detail?: string | undefined }): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.droppedProblems++;
      return;
    }
    const out: ParseProblem = { code: p.code };
    if (p.line !== undefined) out.line = p.line;
    if (p.detail !== undefined) out.detail = p.detail.length > MAX_DETAIL ? p.detail.slice(0, MAX_DETAIL) : p.detail;
    this.problems.push(out);
  }

  result(format: ImportFormat): ParseResult {
    const problems = [...this.problems];
    if (this.droppedProblems > 0) problems.push({ code: "too-many-problems", detail: String(this.droppedProblems) });
    return { format, entries: [...this.byKey.values()], problems };
  }
}

function cleanName(name: string | undefined): string | undefined {
  const n = name?.replace(/\s+/gu, " ").trim();
  return n ? n : undefined;
}

function uniqueNonEmpty(groups: readonly string[]): string[] {
  const out: string[] = [];
  for (const g of groups) {
    const t = g.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}
