import type { Subscription } from "../core/contact.ts";
import { isServerJid } from "./classify-address.ts";
import { EntryCollector } from "./collect-entries.ts";
import { ImportError, type ParseResult } from "./import-entry.ts";
import { readXml, type XmlElement, type XmlText } from "./read-xml.ts";

const ROSTER_NS = "jabber:iq:roster";
const XINCLUDE_NS = "http://www.w3.org/2001/XInclude";
const SUBSCRIPTIONS: ReadonlySet<string> = new Set(["none", "to", "from", "both"]);

export interface Xep0227Options {
  maxEntries?: number;
  /**
   * Whose roster to read: `juliet` or `juliet@capulet.example`. A full JID that is not in the
   * file falls back to the one account with its local part, or to the file's only account.
   * Default: the first account.
   */
  user?: string;
}

interface Item {
  jid: string;
  name?: string;
  subscription?: string;
  ask: boolean;
  groups: string[];
  line: number;
}

/**
 * XEP-0227 `server-data` (either namespace), one `host` (ejabberd's per-host file) or a single
 * `user` element: one account's roster. Credentials (SCRAM keys, a `password` attribute) are never read.
 */
export function parseXep0227(text: XmlText, opts: Xep0227Options = {}): ParseResult {
  const out = new EntryCollector(opts.maxEntries, { streamed: true });
  const wanted = opts.user === undefined ? undefined : accountKey(opts.user);
  let selected: XmlElement | undefined;
  let item: Item | undefined;
  /** Every account in the file, as `name@host` (or `name` when the file names no host). */
  const accounts: string[] = [];
  /** Files an index (ejabberd's `<server-data>` with `xi:include`s) names instead of holding accounts. */
  const included: string[] = [];

  const inSelected = (parents: readonly XmlElement[]): boolean => selected !== undefined && parents.includes(selected);

  readXml(text, {
    open(el, parents) {
      if (el.name === "user" && parents.every((p) => p.name !== "user")) {
        const host = parents.findLast((p) => p.name === "host")?.attrs.jid;
        const name = el.attrs.name ?? "";
        const id = host ? `${name}@${host}` : name;
        accounts.push(id);
        const matches = wanted === undefined ? selected === undefined : wanted === accountKey(name) || wanted === accountKey(id);
        if (matches && selected === undefined) selected = el;
        else out.problem({ code: "other-user-skipped", line: el.line, detail: id });
        return;
      }
      if (el.name === "include" && el.ns === XINCLUDE_NS && el.attrs.href) included.push(el.attrs.href);
      const parent = parents.at(-1);
      if (el.name === "item" && parent?.name === "query" && parent.ns === ROSTER_NS && inSelected(parents)) {
        item = { jid: el.attrs.jid ?? "", ask: el.attrs.ask === "subscribe", groups: [], line: el.line };
        if (el.attrs.name !== undefined) item.name = el.attrs.name;
        if (el.attrs.subscription !== undefined) item.subscription = el.attrs.subscription;
      }
    },
    close(el, content, parents) {
      const parent = parents.at(-1);
      if (item && el.name === "group" && parent?.name === "item") {
        item.groups.push(content);
      } else if (item && el.name === "item") {
        addItem(item, out);
        item = undefined;
      } else if (el.name === "presence" && parent === selected && el.attrs.type === "subscribe") {
        addPendingIn(el, out);
      }
    },
  });

  if (accounts.length === 0 && included.length > 0) throw new ImportError("xep0227-index-file", { files: included.join(", ") });
  if (wanted !== undefined && selected === undefined && accounts.length > 0) {
    const other = fallbackAccount(wanted, accounts);
    if (other === undefined) throw new ImportError("user-not-found", { user: opts.user ?? "", accounts: accounts.length });
    return parseXep0227(text, { ...opts, user: other });
  }
  return out.result("xep0227");
}

/** Account names compare like JIDs: without case, and without the spaces a hand-edited file may have. */
export function accountKey(s: string): string {
  return s.trim().toLowerCase();
}

/**
 * The account to read when the wanted JID is not in the file: a user who chats from a new
 * address still means their own old export (the only account in it), and in a server's export
 * the one account with their local part. Anything else would be a guess.
 */
export function fallbackAccount(wanted: string, accounts: readonly string[]): string | undefined {
  if (accounts.length === 1) return accounts[0];
  const local = wanted.split("@")[0];
  const same = accounts.filter((id) => accountKey(id.split("@")[0]!) === local);
  return same.length === 1 ? same[0] : undefined;
}

function addItem(item: Item, out: EntryCollector): void {
  if (item.subscription === "remove") return;
  // Only an address without "@" can be a server; the collector checks every other one.
  if (!item.jid.includes("@") && isServerJid(item.jid)) {
    out.problem({ code: "not-a-user-address", line: item.line, detail: item.jid });
    return;
  }
  const entry = out.add({ network: "xmpp", address: item.jid, name: item.name, groups: item.groups, line: item.line });
  if (!entry) return;
  if (item.subscription !== undefined) {
    if (SUBSCRIPTIONS.has(item.subscription)) entry.subscription ??= item.subscription as Subscription;
    else out.problem({ code: "invalid-subscription", line: item.line, detail: item.subscription });
  }
  if (item.ask) entry.ask = true;
}

function addPendingIn(el: XmlElement, out: EntryCollector): void {
  const from = el.attrs.from ?? "";
  const entry = out.add({ network: "xmpp", address: from, line: el.line });
  if (entry) entry.pendingIn = true;
}
