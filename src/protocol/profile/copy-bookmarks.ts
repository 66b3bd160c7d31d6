import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../connection/account-session.ts";
import { conditionOf } from "../stanza-error.ts";
import { copyItem, PartialCopy, type ProfileItemReport } from "./profile-report.ts";
import { getItems, publishWithConfig, type NodeConfig, type PepItem } from "./pep.ts";
import { NS_PRIVATE } from "../namespaces.ts";

export const NS_BOOKMARKS = "urn:xmpp:bookmarks:1";
const NS_LEGACY_BOOKMARKS = "storage:bookmarks";

/** XEP-0402 4.1: the node keeps every room and only the account itself may read it. */
export const BOOKMARK_NODE_OPTIONS: NodeConfig = {
  persist_items: "true",
  max_items: "max",
  send_last_published_item: "never",
  access_model: "whitelist",
};

/** A group chat the account keeps a bookmark for. */
export interface RoomBookmark {
  jid: string;
  name: string;
  autojoin: boolean;
  nick?: string;
}

const nickOf = (room: RoomBookmark) => (room.nick === undefined ? [] : [xml("nick", {}, room.nick)]);

/** Adds a XEP-0402 bookmark (item id: the room's JID), on a node only the account may read. */
export async function publishBookmark(session: AccountSession, room: RoomBookmark): Promise<void> {
  const payload = xml("conference", { xmlns: NS_BOOKMARKS, name: room.name, autojoin: String(room.autojoin) }, ...nickOf(room));
  await publishWithConfig(session, NS_BOOKMARKS, { id: room.jid, payload }, BOOKMARK_NODE_OPTIONS, false);
}

/** XEP-0402 bookmarks: one item per room, the item id being the room's JID. */
export async function readBookmarks(session: AccountSession): Promise<PepItem[]> {
  const items = await getItems(session, NS_BOOKMARKS);
  return items.filter((i) => i.payload.is("conference", NS_BOOKMARKS));
}

/**
 * Publishes each room on the new account under the same id, so a second run
 * overwrites instead of adding. Rooms the new account already has stay. Only
 * reconfiguring is tried on a node with other settings: deleting it would lose
 * the new account's own bookmarks. A server that refuses the publish-options
 * gets nothing: without them the node's default audience (contacts, on most
 * servers) would see the rooms and their passwords. The node is read back at the
 * end: a server whose node keeps fewer items than were published (ejabberd's
 * default keeps one) would otherwise lose rooms without a word.
 */
export function copyBookmarks(from: AccountSession, to: AccountSession): Promise<ProfileItemReport> {
  return copyItem(
    "bookmarks",
    async () => {
      const items = await readBookmarks(from);
      return items.length > 0 ? items : undefined;
    },
    (items) => writeBookmarks(to, items),
  );
}

/**
 * Publishes XEP-0402 items under their own ids (a second run overwrites), on a
 * node only the account may read, with the fallback for servers that refuse
 * the publish-options; then reads the node back.
 */
export async function writeBookmarks(to: AccountSession, items: PepItem[]): Promise<number> {
  let options: NodeConfig | undefined = BOOKMARK_NODE_OPTIONS;
  let stopped: unknown;
  try {
    for (const item of items) options = await publishWithConfig(to, NS_BOOKMARKS, item, options, false);
  } catch (err) {
    stopped = err;
  }
  return keptOrThrow(to, items, stopped);
}

/** How many rooms the new account has now; throws when some are missing (PartialCopy) or none got there. */
async function keptOrThrow(to: AccountSession, items: PepItem[], stopped: unknown): Promise<number> {
  let there: Set<string>;
  try {
    there = new Set((await readBookmarks(to)).map((i) => i.id));
  } catch (err) {
    // Every publish was answered with success; only the check could not be made.
    if (stopped === undefined) return items.length;
    throw stopped;
  }
  const lost = items.filter((i) => !there.has(i.id)).map((i) => i.id);
  if (lost.length === 0) return items.length;
  if (lost.length === items.length && stopped !== undefined) throw stopped;
  throw new PartialCopy(items.length - lost.length, lost, stopped === undefined ? undefined : conditionOf(stopped));
}

/** The `<conference/>` and `<url/>` entries of XEP-0048 private storage. */
export async function readLegacyBookmarks(session: AccountSession): Promise<Element[]> {
  let result: Element;
  try {
    result = await session.iq("get", xml("query", { xmlns: NS_PRIVATE }, xml("storage", { xmlns: NS_LEGACY_BOOKMARKS })));
  } catch (err) {
    if (conditionOf(err) === "item-not-found") return [];
    throw err;
  }
  const storage = result.getChild("query", NS_PRIVATE)?.getChild("storage", NS_LEGACY_BOOKMARKS);
  return (storage?.getChildElements() ?? []).filter((e) => e.name === "conference" || e.name === "url");
}

function entryKey(entry: Element): string {
  return entry.name === "conference" ? `conference ${String(entry.attrs.jid ?? "").toLowerCase()}` : `url ${String(entry.attrs.url ?? "")}`;
}

/**
 * The new account's legacy entries with the old account's merged in: an entry
 * for the same room (or URL) is replaced, others are appended. Private storage
 * is written as a whole, so merging keeps what the new account already had.
 */
export function mergeLegacyBookmarks(existing: Element[], incoming: Element[]): Element[] {
  const merged = new Map<string, Element>();
  for (const entry of existing) merged.set(entryKey(entry), entry);
  for (const entry of incoming) merged.set(entryKey(entry), entry);
  return [...merged.values()];
}

function storageQuery(entries: Element[]): Element {
  return xml("query", { xmlns: NS_PRIVATE }, xml("storage", { xmlns: NS_LEGACY_BOOKMARKS }, ...entries));
}

/** Replaces the account's XEP-0048 bookmarks in private storage with these rooms. */
export async function setLegacyBookmarks(session: AccountSession, rooms: RoomBookmark[]): Promise<void> {
  await session.iq("set", storageQuery(rooms.map((room) => xml("conference", { jid: room.jid, name: room.name, autojoin: String(room.autojoin) }, ...nickOf(room)))));
}

/**
 * Copies XEP-0048 bookmarks from private storage. Nothing is written when the
 * merge changes nothing, which keeps a second run from touching the server.
 * Servers that mirror private storage into XEP-0402 (Prosody's mod_bookmarks)
 * show the same rooms in both places; the merge then includes those, so the
 * write removes none of them.
 */
export function copyLegacyBookmarks(from: AccountSession, to: AccountSession): Promise<ProfileItemReport> {
  return copyItem(
    "legacy-bookmarks",
    async () => {
      const entries = await readLegacyBookmarks(from);
      return entries.length > 0 ? entries : undefined;
    },
    (incoming) => addLegacyBookmarks(to, incoming),
  );
}

/** Merges XEP-0048 entries into the account's private storage (see mergeLegacyBookmarks); writes only when that changes something. */
export async function addLegacyBookmarks(to: AccountSession, incoming: Element[]): Promise<number> {
  const existing = await readLegacyBookmarks(to);
  const before = storageQuery(existing).toString();
  const after = storageQuery(mergeLegacyBookmarks(existing, incoming));
  if (after.toString() !== before) await to.iq("set", after);
  return incoming.length;
}
