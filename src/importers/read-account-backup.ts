import { openText } from "./decode-text.ts";
import { ImportError, type ParseResult } from "./import-entry.ts";
import { DEFAULT_MAX_BYTES } from "./parse-import.ts";
import { accountKey, fallbackAccount, parseXep0227 } from "./parse-xep0227.ts";
import { readXml, StopReading, type XmlElement, type XmlText } from "./read-xml.ts";

/**
 * One account of a XEP-0227 file, for a restore: Ferry's own backups,
 * Prosody's and Snikket's exports (one `<server-data>` per user), ejabberd's
 * (a `<host>` root with every user of the host). Everything but the message
 * archive is kept, as plain data (it goes into the restore's journal); the
 * archive is only counted while it streams past.
 */

/** An element as plain data; `xmlns` is an attribute where the namespace changes. Text only for elements without children (as readXml gives it). */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

export interface BackupPepNode {
  node: string;
  /** `pubsub#access_model` from the node's configuration in the file, when it has one. */
  accessModel?: string;
  items: { id: string; payload: XmlNode }[];
}

/** The archive in the file, counted, never kept. */
export interface BackupHistory {
  messages: number;
  first?: string;
  last?: string;
  /** From Ferry's element: false when its size cap cut the history short. */
  complete?: boolean;
}

/** The profile half of a backup: what a restore writes besides the roster. */
export interface BackupProfile {
  vcard?: XmlNode;
  /** XEP-0048 `<conference/>` and `<url/>` entries of private storage. */
  legacyBookmarks: XmlNode[];
  pep: BackupPepNode[];
  /** From Ferry's `<backup/>` element; other exports have no blocklist. */
  blocklist: string[];
}

export interface AccountBackup {
  /** The account the file holds, `name@host` (or `name` when the file names no host). */
  account: string;
  /** Whether Ferry wrote it (its `<backup/>` element is there). */
  ferry: boolean;
  roster: ParseResult;
  profile: BackupProfile;
  history?: BackupHistory;
}

/** A file with several accounts, none of them recognisably the user's: they choose. */
export interface ChooseAccount {
  choose: string[];
}

export interface ReadBackupOptions {
  /** Whose account to read: the user's JID (the rule of parseXep0227), or exactly the account they chose. */
  user?: string;
  account?: string;
  maxBytes?: number;
}

const PIE_NAMESPACES = new Set(["", "urn:xmpp:pie:0", "http://www.xmpp.org/extensions/xep-0227.html#ns"]);
const ROOTS = new Set(["server-data", "host", "user"]);
const NS_VCARD = "vcard-temp";
const NS_PRIVATE = "jabber:iq:private";
const NS_LEGACY_BOOKMARKS = "storage:bookmarks";
const NS_PUBSUB = "http://jabber.org/protocol/pubsub";
const NS_PUBSUB_OWNER = "http://jabber.org/protocol/pubsub#owner";
const NS_DATA = "jabber:x:data";
const NS_ARCHIVE = "urn:xmpp:pie:0#mam";
const NS_FERRY = "urn:xmpp:ferry:backup:0";

/** Reads one account's backup. Throws ImportError for a file that is not XEP-0227 or cannot be read. */
export function readAccountBackup(bytes: Uint8Array, opts: ReadBackupOptions = {}): AccountBackup | ChooseAccount {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new ImportError("too-large", { maxBytes });
  const text = openText(bytes);
  const accounts = accountsIn(text);
  const account = opts.account ?? pick(accounts, opts.user);
  if (account === undefined) return { choose: accounts };
  if (!accounts.some((a) => accountKey(a) === accountKey(account))) throw new ImportError("user-not-found", { user: account, accounts: accounts.length });
  return { account, ...readAccount(text, account), roster: parseXep0227(text, { user: account }) };
}

function pick(accounts: string[], user: string | undefined): string | undefined {
  if (accounts.length === 0) throw new ImportError("user-not-found", { user: user ?? "", accounts: 0 });
  if (user === undefined) return accounts.length === 1 ? accounts[0] : undefined;
  return accounts.find((a) => accountKey(a) === accountKey(user)) ?? fallbackAccount(accountKey(user), accounts);
}

const userId = (el: XmlElement, parents: readonly XmlElement[]) => {
  const host = parents.findLast((p) => p.name === "host")?.attrs.jid;
  const name = el.attrs.name ?? "";
  return host ? `${name}@${host}` : name;
};

/** Every account in the file; checks the root is XEP-0227's (either namespace, any of its three roots). */
function accountsIn(text: XmlText): string[] {
  const accounts: string[] = [];
  readXml(text, {
    open(el, parents) {
      if (parents.length === 0 && !(ROOTS.has(el.name) && PIE_NAMESPACES.has(el.ns))) throw new ImportError("unknown-format", { root: el.name });
      if (el.name === "user" && PIE_NAMESPACES.has(el.ns) && parents.every((p) => p.name !== "user")) {
        accounts.push(userId(el, parents));
        // The user's own data is not needed to list the accounts; a per-user file ends here.
        if (parents.length === 0) throw new StopReading();
      }
    },
  });
  return accounts;
}

interface Capture {
  /** Where the finished element goes. */
  done(node: XmlNode): void;
  stack: XmlNode[];
}

/** What the user element holds besides the roster, in one pass; the archive is counted as it goes by. */
function readAccount(text: XmlText, account: string): Omit<AccountBackup, "account" | "roster"> {
  const profile: BackupProfile = { legacyBookmarks: [], pep: [], blocklist: [] };
  const configs = new Map<string, string>();
  const nodes = new Map<string, BackupPepNode>();
  let selected: XmlElement | undefined;
  let capture: Capture | undefined;
  let history: BackupHistory | undefined;
  let ferry = false;
  let pepItem: { node: BackupPepNode; id: string } | undefined;
  let field: string | undefined;

  /** Starts keeping the element being opened (as a node) until it closes. */
  const keep = (el: XmlElement, done: (node: XmlNode) => void) => {
    capture = { done, stack: [] };
    push(el, undefined);
  };
  const push = (el: XmlElement, parentNs: string | undefined) => {
    const attrs = { ...el.attrs };
    if (el.ns !== parentNs) attrs.xmlns = el.ns;
    const node: XmlNode = { name: el.name, attrs, children: [], text: "" };
    capture!.stack.at(-1)?.children.push(node);
    capture!.stack.push(node);
  };

  readXml(text, {
    open(el, parents) {
      if (capture) return push(el, parents.at(-1)?.ns);
      if (el.name === "user" && PIE_NAMESPACES.has(el.ns) && parents.every((p) => p.name !== "user")) {
        if (selected === undefined && accountKey(userId(el, parents)) === accountKey(account)) selected = el;
        return;
      }
      if (!selected || !parents.includes(selected)) return;
      const parent = parents.at(-1)!;
      const under = (name: string, ns: string) => parent.name === name && parent.ns === ns;
      if (parent === selected && el.name === "vCard" && el.ns === NS_VCARD) {
        keep(el, (node) => {
          if (node.children.length > 0) profile.vcard = node;
        });
      }
      else if (under("storage", NS_LEGACY_BOOKMARKS) && parents.at(-2)?.ns === NS_PRIVATE && (el.name === "conference" || el.name === "url")) keep(el, (node) => profile.legacyBookmarks.push(node));
      else if (el.name === "item" && parent.name === "items" && parents.at(-2)?.ns === NS_PUBSUB && parents.at(-3) === selected) {
        const name = parent.attrs.node ?? "";
        if (!nodes.has(name)) nodes.set(name, { node: name, items: [] });
        pepItem = { node: nodes.get(name)!, id: el.attrs.id ?? "current" };
      } else if (pepItem && parent.name === "item" && parents.at(-2)?.name === "items") {
        // The payload is the item's one child element.
        const item = pepItem;
        pepItem = undefined;
        keep(el, (payload) => item.node.items.push({ id: item.id, payload }));
      } else if (el.name === "field" && el.ns === NS_DATA && parents.some((p) => p.name === "configure" && p.ns === NS_PUBSUB_OWNER)) field = el.attrs.var;
      else if (el.name === "archive" && el.ns === NS_ARCHIVE) history ??= { messages: 0 };
      else if (el.name === "result" && parent.name === "archive" && parent.ns === NS_ARCHIVE) history!.messages += 1;
      else if (el.name === "backup" && el.ns === NS_FERRY) ferry = true;
      else if (el.name === "item" && parent.name === "blocklist" && parents.at(-2)?.ns === NS_FERRY && el.attrs.jid) profile.blocklist.push(el.attrs.jid);
      else if (el.name === "history" && parent.ns === NS_FERRY) {
        history ??= { messages: 0 };
        if (el.attrs.complete !== undefined) history.complete = el.attrs.complete !== "false";
      } else if (el.name === "delay" && history && parent.name === "forwarded" && parents.at(-3)?.ns === NS_ARCHIVE) {
        // Oldest first, as Ferry writes and servers archive.
        history.first ??= el.attrs.stamp;
        if (el.attrs.stamp) history.last = el.attrs.stamp;
      }
    },
    close(el, content, parents) {
      if (capture) {
        const node = capture.stack.pop()!;
        node.text = content;
        if (capture.stack.length === 0) {
          const { done } = capture;
          capture = undefined;
          done(node);
        }
        return;
      }
      if (el === selected) {
        selected = undefined;
        // Only this account's data matters; the rest of a host's export is not read.
        throw new StopReading();
      }
      if (el.name === "item" && parents.at(-1)?.name === "items") pepItem = undefined;
      if (el.name === "value" && field === "pubsub#access_model") {
        const configure = parents.findLast((p) => p.name === "configure" && p.ns === NS_PUBSUB_OWNER);
        if (configure?.attrs.node) configs.set(configure.attrs.node, content.trim());
      }
      if (el.name === "field") field = undefined;
    },
  });
  for (const [node, accessModel] of configs) {
    const entry = nodes.get(node);
    if (entry) entry.accessModel = accessModel;
  }
  profile.pep = [...nodes.values()].filter((n) => n.items.length > 0);
  return { ferry, profile, ...(history ? { history } : {}) };
}
