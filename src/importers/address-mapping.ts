import { CsvError, parse } from "csv-parse/sync";
import type { Contact, Subscription } from "../core/contact.ts";
import { normaliseJid } from "../core/jid.ts";
import type { SkipReason } from "../core/migration-plan.ts";
import { escapeJidLocal } from "./escape-jid-local.ts";
import { ImportError, type ImportEntry, type Network, type ParseProblem } from "./import-entry.ts";

export interface TransportConfig {
  /** The gateway's domain, e.g. `msn.example.org`. */
  domain: string;
  /** `xep0106`: `joe\40hotmail.com@…` (only where the gateway announces `jid\20escaping`); `percent`: `joe%hotmail.com@…`. */
  escaping: "xep0106" | "percent";
}

export type TransportTable = Partial<Record<Exclude<Network, "xmpp">, TransportConfig>>;

/** Legacy address (lower-case) → normalised JID. */
export type ContactMap = ReadonlyMap<string, string>;

export type MappingRule = "admin-map" | "xmpp" | "transport";
/** Why an entry maps to no JID: the plan's skip reasons that belong to files. */
export type UnmappedReason = Extract<SkipReason, "no-mapping" | "invalid-address" | "transport-unknown">;

export interface MappingResult {
  mapped: Array<{ contact: Contact; rule: MappingRule; from: ImportEntry }>;
  unmapped: Array<{ entry: ImportEntry; reason: UnmappedReason }>;
}

export interface MappingOptions {
  contactMap?: ContactMap;
  transports?: TransportTable;
}

// Networks a legacy gateway could serve; without one their contacts wait for a transport.
const GATEWAY_NETWORKS: ReadonlySet<Network> = new Set(["msn", "yahoo", "icq", "aim"]);

/**
 * Resolves each entry to a JID: the admin's table first, then addresses that are JIDs
 * already, then a configured transport. Entries that end on one JID become one Contact.
 */
export function mapEntries(entries: readonly ImportEntry[], opts: MappingOptions = {}): MappingResult {
  const result: MappingResult = { mapped: [], unmapped: [] };
  const byJid = new Map<string, Contact>();
  for (const entry of entries) {
    const resolved = resolve(entry, opts);
    if ("reason" in resolved) {
      result.unmapped.push({ entry, reason: resolved.reason });
      continue;
    }
    const existing = byJid.get(resolved.jid);
    if (existing) {
      mergeInto(existing, entry);
      continue;
    }
    const contact = contactFrom(resolved.jid, entry);
    byJid.set(resolved.jid, contact);
    result.mapped.push({ contact, rule: resolved.rule, from: entry });
  }
  return result;
}

function resolve(entry: ImportEntry, opts: MappingOptions): { jid: string; rule: MappingRule } | { reason: UnmappedReason } {
  const fromMap = opts.contactMap?.get(entry.address.toLowerCase());
  if (fromMap !== undefined) return { jid: fromMap, rule: "admin-map" };
  if (entry.network === "xmpp") {
    const jid = normaliseJid(entry.address);
    return jid?.includes("@") ? { jid, rule: "xmpp" } : { reason: "invalid-address" };
  }
  const transport = opts.transports?.[entry.network];
  if (transport === undefined) return { reason: GATEWAY_NETWORKS.has(entry.network) ? "transport-unknown" : "no-mapping" };
  const written = transportJid(entry.address, transport);
  const jid = written === undefined ? undefined : normaliseJid(written);
  return jid?.includes("@") ? { jid, rule: "transport" } : { reason: "invalid-address" };
}

/**
 * The address a legacy contact has behind a transport (XEP-0100 gateways), or undefined
 * when the percent form would need characters a localpart cannot hold.
 */
export function transportJid(address: string, transport: TransportConfig): string | undefined {
  if (transport.escaping === "xep0106") return `${escapeJidLocal(address)}@${transport.domain}`;
  const local = address.replace("@", "%");
  return /[\s"&'/:<>@\\]/u.test(local) ? undefined : `${local}@${transport.domain}`;
}

function contactFrom(jid: string, entry: ImportEntry): Contact {
  const contact: Contact = { jid, groups: [...entry.groups] };
  if (entry.name !== undefined) contact.name = entry.name;
  if (entry.subscription !== undefined) contact.subscription = entry.subscription;
  if (entry.ask) contact.ask = true;
  return contact;
}

function mergeInto(contact: Contact, entry: ImportEntry): void {
  for (const g of entry.groups) if (!contact.groups.includes(g)) contact.groups.push(g);
  contact.name ??= entry.name;
  if (entry.subscription !== undefined) contact.subscription = unionSubscription(contact.subscription, entry.subscription);
  if (entry.ask) contact.ask = true;
}

/** Two sources' subscriptions combined: presence flowed in a direction if either says so. */
function unionSubscription(a: Subscription | undefined, b: Subscription): Subscription {
  const to = a === "to" || a === "both" || b === "to" || b === "both";
  const from = a === "from" || a === "both" || b === "from" || b === "both";
  return to && from ? "both" : to ? "to" : from ? "from" : "none";
}

/**
 * Reads the admin's two-column CSV `legacy,jid` (header optional, `,` `;` or tab).
 * Rows whose JID is invalid, or that repeat a legacy address with another JID, become problems;
 * the first mapping wins.
 */
export function parseContactMap(csvText: string): { map: Map<string, string>; problems: ParseProblem[] } {
  const firstLine = csvText.slice(0, csvText.search(/\r|\n|$/));
  const delimiter = firstLine.includes("\t") ? "\t" : firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  let rows: string[][];
  const lines: number[] = [];
  try {
    rows = parse(csvText, {
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      on_record: (record: string[], context) => {
        lines.push(context.lines);
        return record;
      },
    });
  } catch (e) {
    if (e instanceof CsvError) throw new ImportError("csv-malformed", { reason: e.code });
    throw e;
  }
  const map = new Map<string, string>();
  const problems: ParseProblem[] = [];
  rows.forEach((row, i) => {
    const [legacy = "", target = ""] = row;
    const line = lines[i];
    const jid = normaliseJid(target);
    if (jid === undefined || !jid.includes("@")) {
      // A first row that is not a mapping is the header.
      if (i !== 0) problems.push({ code: "invalid-address", line, detail: target });
      return;
    }
    const key = legacy.toLowerCase();
    if (key === "") {
      problems.push({ code: "invalid-address", line, detail: legacy });
      return;
    }
    const previous = map.get(key);
    if (previous === undefined) map.set(key, jid);
    else if (previous !== jid) problems.push({ code: "conflicting-mapping", line, detail: legacy });
  });
  return { map, problems };
}
