import type { AccountSession } from "../connection/account-session.ts";
import { readBookmarks, readLegacyBookmarks, NS_BOOKMARKS } from "../profile/copy-bookmarks.ts";
import { normaliseJid } from "../../core/jid.ts";

/** A group chat the account has bookmarked, with the nickname it uses there. */
export interface BookmarkedRoom {
  jid: string;
  nick?: string;
}

/**
 * The rooms of both bookmark kinds (XEP-0402 PEP and XEP-0048 private
 * storage), each once: servers that mirror one kind into the other show the
 * same room twice. An unsupported kind counts as empty.
 */
export async function bookmarkedRooms(session: AccountSession): Promise<BookmarkedRoom[]> {
  const [pep, legacy] = await Promise.all([readBookmarks(session).catch(() => []), readLegacyBookmarks(session).catch(() => [])]);
  const rooms = new Map<string, BookmarkedRoom>();
  const add = (rawJid: unknown, nick: string | undefined) => {
    const jid = normaliseJid(String(rawJid ?? ""));
    if (!jid || !jid.includes("@") || rooms.has(jid)) return;
    rooms.set(jid, { jid, ...(nick ? { nick } : {}) });
  };
  for (const item of pep) add(item.id, item.payload.getChildText("nick", NS_BOOKMARKS) ?? undefined);
  for (const entry of legacy) if (entry.name === "conference") add(entry.attrs.jid, entry.getChildText("nick") ?? undefined);
  return [...rooms.values()];
}
