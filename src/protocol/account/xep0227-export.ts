/**
 * XEP-0227 (Portable Import/Export, 1.1) backup of one account, read over a
 * signed-in session: roster, vCard, legacy private storage, every PEP node
 * (avatar, nickname, XEP-0402 bookmarks and the rest, with their settings), and
 * what XEP-0227 has no element for (the XEP-0191 blocklist) in Ferry's own
 * namespace. The file carries no credentials (so importing it creates no
 * usable password) and no XML comments, because Prosody's importer silently
 * skips a user whose element contains any.
 */
import { xml } from "@xmpp/client";
import { escapeXML, type Element } from "@xmpp/xml";
import type { AccountSession } from "../connection/account-session.ts";
import type { Contact, Subscription } from "../../core/contact.ts";
import { bareOf, domainOf, normaliseJid } from "../../core/jid.ts";
import { NS_DATA, NS_ITEMS, NS_VCARD, NS_ROSTER, NS_PRIVATE } from "../namespaces.ts";
import { readBlocklist } from "../profile/copy-blocklist.ts";

const NS_PIE = "urn:xmpp:pie:0";
/** Ferry's own elements in a backup, for what XEP-0227 has no place for (README: "What a backup holds"). */
export const NS_FERRY_BACKUP = "urn:xmpp:ferry:backup:0";
const NS_PUBSUB = "http://jabber.org/protocol/pubsub";
const NS_PUBSUB_OWNER = "http://jabber.org/protocol/pubsub#owner";
const NS_BOOKMARKS = "storage:bookmarks";
/** Private-storage namespaces worth keeping: legacy bookmarks (XEP-0048) and contact notes (XEP-0145). */
const PRIVATE_NAMESPACES = [NS_BOOKMARKS, "storage:rosternotes"];
const SUBSCRIPTIONS: ReadonlySet<string> = new Set(["none", "to", "from", "both"]);

export interface PepNodeExport {
  node: string;
  /** The node configuration as a `jabber:x:data` form of type `submit`, when the server let the owner read it. */
  config?: Element;
  /** `<item id=…>` elements with their payloads. */
  items: Element[];
}

/** Everything the export writes, as plain data: the input of the pure builder. */
export interface AccountExport {
  /** Bare JID of the account. */
  jid: string;
  roster: Contact[];
  /** `<vCard xmlns='vcard-temp'>`, when the account has a non-empty one. */
  vcard?: Element;
  /** Children of `jabber:iq:private` storage, e.g. `<storage xmlns='storage:bookmarks'>`. */
  privateData: Element[];
  pep: PepNodeExport[];
  /** JIDs the account blocks (XEP-0191). */
  blocklist: string[];
}

export interface ExportCounts {
  contacts: number;
  vcard: boolean;
  privateEntries: number;
  /** `<conference>` entries in legacy bookmarks. */
  bookmarks: number;
  pepNodes: number;
  pepItems: number;
  blocked: number;
}

export interface ExportResult {
  xml: string;
  counts: ExportCounts;
}

/** Reads the account's data over `session` and writes it as a XEP-0227 document. */
export async function exportAccount(session: AccountSession, now = new Date()): Promise<ExportResult> {
  const data = await readAccount(session);
  return { xml: buildXep0227(data, now.toISOString()), counts: countExport(data) };
}

/** Reads what the export contains. The roster is required; the rest is skipped when the server refuses it. */
export async function readAccount(session: AccountSession): Promise<AccountExport> {
  const jid = bareOf(session.jid);
  const [roster, vcard, privateData, pep, blocklist] = await Promise.all([
    readRoster(session),
    readVcard(session),
    readPrivate(session),
    readPep(session, jid),
    optional(() => readBlocklist(session)),
  ]);
  const data = { jid, roster, privateData, pep, blocklist: blocklist ?? [] };
  return vcard ? { ...data, vcard } : data;
}

async function readRoster(session: AccountSession): Promise<Contact[]> {
  const reply = await session.iq("get", xml("query", { xmlns: NS_ROSTER }));
  return (reply.getChild("query", NS_ROSTER)?.getChildren("item") ?? []).flatMap((item) => {
    const raw = String(item.attrs.jid ?? "");
    if (!raw) return [];
    // The server's roster is already prepped; keep an entry the stricter check rejects rather than lose it.
    const contact: Contact = { jid: normaliseJid(raw) ?? raw, groups: [...new Set(item.getChildren("group").map((g) => g.text()))] };
    const name = item.attrs.name as string | undefined;
    if (name) contact.name = name;
    const subscription = String(item.attrs.subscription ?? "none");
    if (SUBSCRIPTIONS.has(subscription)) contact.subscription = subscription as Subscription;
    if (item.attrs.ask === "subscribe") contact.ask = true;
    return [contact];
  });
}

/** Resolves with undefined when the request fails: optional parts of the export must not sink it. */
async function optional<T>(work: () => Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await work();
  } catch {
    return undefined;
  }
}

async function readVcard(session: AccountSession): Promise<Element | undefined> {
  return optional(async () => {
    const vcard = (await session.iq("get", xml("vCard", { xmlns: NS_VCARD }))).getChild("vCard", NS_VCARD);
    return vcard && vcard.getChildElements().length > 0 ? vcard : undefined;
  });
}

async function readPrivate(session: AccountSession): Promise<Element[]> {
  const found = await Promise.all(
    PRIVATE_NAMESPACES.map((ns) =>
      optional(async () => {
        const reply = await session.iq("get", xml("query", { xmlns: NS_PRIVATE }, xml("storage", { xmlns: ns })));
        const storage = reply.getChild("query", NS_PRIVATE)?.getChild("storage", ns);
        return storage && storage.getChildElements().length > 0 ? storage : undefined;
      }),
    ),
  );
  return found.filter((s): s is Element => s !== undefined);
}

async function readPep(session: AccountSession, jid: string): Promise<PepNodeExport[]> {
  const listing = await optional(() => session.iq("get", xml("query", { xmlns: NS_ITEMS }), jid));
  const nodes = (listing?.getChild("query", NS_ITEMS)?.getChildren("item") ?? [])
    .map((i) => i.attrs.node as string | undefined)
    .filter((n): n is string => typeof n === "string" && n.length > 0);
  const read = await Promise.all(
    [...new Set(nodes)].map(async (node): Promise<PepNodeExport | undefined> => {
      const items = await optional(async () => {
        const reply = await session.iq("get", xml("pubsub", { xmlns: NS_PUBSUB }, xml("items", { node })), jid);
        return reply.getChild("pubsub", NS_PUBSUB)?.getChild("items")?.getChildren("item") ?? [];
      });
      if (items === undefined) return undefined;
      const config = await optional(async () => {
        const reply = await session.iq("get", xml("pubsub", { xmlns: NS_PUBSUB_OWNER }, xml("configure", { node })), jid);
        const form = reply.getChild("pubsub", NS_PUBSUB_OWNER)?.getChild("configure")?.getChild("x", NS_DATA);
        return form ? submittedForm(form) : undefined;
      });
      return config ? { node, config, items } : { node, items };
    }),
  );
  return read.filter((n): n is PepNodeExport => n !== undefined);
}

/** A `form` turned into the `submit` form an importer applies: each field's var and values only. */
function submittedForm(form: Element): Element {
  return xml(
    "x",
    { xmlns: NS_DATA, type: "submit" },
    ...form
      .getChildren("field")
      .filter((f) => typeof f.attrs.var === "string" && f.attrs.type !== "fixed")
      .map((f) => xml("field", { var: f.attrs.var }, ...f.getChildren("value").map((v) => xml("value", {}, v.text())))),
  );
}

/** Counts for the report to the user. */
export function countExport(data: AccountExport): ExportCounts {
  return {
    contacts: data.roster.length,
    vcard: data.vcard !== undefined,
    privateEntries: data.privateData.length,
    bookmarks: data.privateData
      .filter((s) => s.is("storage", NS_BOOKMARKS))
      .reduce((n, s) => n + s.getChildren("conference").length, 0),
    pepNodes: data.pep.length,
    pepItems: data.pep.reduce((n, p) => n + p.items.length, 0),
    blocked: data.blocklist.length,
  };
}

/** Deep copy of a received element, detached from the stanza it came in. */
function copy(el: Element): Element {
  return xml(
    el.name,
    { ...el.attrs },
    ...el.children.map((c) => (typeof c === "string" ? c : copy(c as Element))),
  );
}

/** Copies a received element that must carry its namespace explicitly in its new place. */
function copyWithNs(el: Element): Element {
  const out = copy(el);
  out.attrs.xmlns = el.getNS();
  return out;
}

function rosterItem(c: Contact): Element {
  return xml(
    "item",
    {
      jid: c.jid,
      ...(c.name !== undefined ? { name: c.name } : {}),
      subscription: c.subscription ?? "none",
      ...(c.ask ? { ask: "subscribe" } : {}),
    },
    ...c.groups.map((g) => xml("group", {}, g)),
  );
}

function itemAttrs(item: Element): Record<string, string> {
  const id = item.attrs.id as string | undefined;
  return id === undefined ? {} : { id };
}

/** The account's elements that XEP-0227 defines, in the order Ferry writes them inside `<user/>`. */
export function userElements(data: AccountExport): Element[] {
  return [
    xml("query", { xmlns: NS_ROSTER }, ...data.roster.map(rosterItem)),
    ...(data.vcard ? [copyWithNs(data.vcard)] : []),
    ...(data.privateData.length > 0 ? [xml("query", { xmlns: NS_PRIVATE }, ...data.privateData.map(copyWithNs))] : []),
    ...(data.pep.some((n) => n.config)
      ? [
          xml(
            "pubsub",
            { xmlns: NS_PUBSUB_OWNER },
            ...data.pep.flatMap((n) => (n.config ? [xml("configure", { node: n.node }, copyWithNs(n.config))] : [])),
          ),
        ]
      : []),
    ...(data.pep.length > 0
      ? [
          xml(
            "pubsub",
            { xmlns: NS_PUBSUB },
            ...data.pep.map((n) =>
              xml(
                "items",
                { node: n.node },
                // Item elements sit in the pubsub namespace; their payloads declare their own.
                ...n.items.map((item) => xml("item", itemAttrs(item), ...item.getChildElements().map(copyWithNs))),
              ),
            ),
          ),
        ]
      : []),
  ];
}

/** What the archive part of a backup holds, for Ferry's summary element. */
export interface HistorySummary {
  /** `all`, or the start of the period asked for (ISO 8601). */
  since: string;
  messages: number;
  /** Stamps of the first and last message written. */
  first?: string;
  last?: string;
  /** False when the size cap stopped the history before its end. */
  complete: boolean;
}

/**
 * Ferry's element: the blocklist, when and from where the backup was made,
 * and (with history) what the archive holds. Written after the archive, so it
 * can tell whether the archive is complete.
 */
export function ferryElement(data: AccountExport, exportedAt: string, history?: HistorySummary): Element {
  return xml(
    "backup",
    { xmlns: NS_FERRY_BACKUP, jid: bareOf(data.jid), exported: exportedAt },
    xml("blocklist", {}, ...data.blocklist.map((jid) => xml("item", { jid }))),
    ...(history
      ? [
          xml("history", {
            since: history.since,
            messages: String(history.messages),
            ...(history.first ? { first: history.first } : {}),
            ...(history.last ? { last: history.last } : {}),
            complete: String(history.complete),
          }),
        ]
      : []),
  );
}

/** The text before the user's elements: XML declaration, `<server-data>`, `<host>`, `<user>` open. */
export function documentHead(jid: string): string {
  const bare = bareOf(jid);
  const at = bare.indexOf("@");
  return (
    `<?xml version='1.0' encoding='UTF-8'?>\n<server-data xmlns='${NS_PIE}'><host jid='${escapeXML(domainOf(bare))}'>` +
    `<user name='${escapeXML(bare.slice(0, Math.max(at, 0)))}'>`
  );
}

export const DOCUMENT_TAIL = "</user></host></server-data>\n";

/** The XEP-0227 document for one account, without history. Pure: the same data always gives the same text. */
export function buildXep0227(data: AccountExport, exportedAt: string): string {
  return documentHead(data.jid) + [...userElements(data), ferryElement(data, exportedAt)].map(String).join("") + DOCUMENT_TAIL;
}
