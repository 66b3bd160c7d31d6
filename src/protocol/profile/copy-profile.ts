import type { AccountSession } from "../connection/account-session.ts";
import { failureReport, type ProfileItem, type ProfileItemReport } from "./profile-report.ts";
import { copyVcard, readVcard } from "./copy-vcard.ts";
import { copyAvatar, readAvatarMetadata } from "./copy-avatar.ts";
import { copyNickname, readNickname } from "./copy-nickname.ts";
import { copyBookmarks, copyLegacyBookmarks, readBookmarks, readLegacyBookmarks } from "./copy-bookmarks.ts";
import { copyBlocklist, readBlocklist } from "./copy-blocklist.ts";

export type { ProfileItem, ProfileOutcome, ProfileItemReport } from "./profile-report.ts";

/** What the old account has, shown to the user as a plan before anything changes. */
export interface ProfileInventory {
  vcard: boolean;
  avatar: boolean;
  nickname?: string;
  /** XEP-0402 rooms. */
  bookmarks: number;
  /** XEP-0048 entries in private storage (rooms and URLs). */
  legacyBookmarks: number;
  blocklist: number;
  /** Items the old server failed to answer about (other than "not supported"); counted as empty above. */
  unreadable: ProfileItem[];
}

/**
 * Reads only; an unsupported feature counts as empty. Avatar images are not
 * downloaded, only their metadata.
 */
export async function inspectProfile(old: AccountSession): Promise<ProfileInventory> {
  const unreadable: ProfileItem[] = [];
  const probe = async <T>(item: ProfileItem, read: () => Promise<T>, empty: T): Promise<T> => {
    try {
      return await read();
    } catch (err) {
      if (failureReport(item, "source", err).outcome === "failed") unreadable.push(item);
      return empty;
    }
  };
  const [vcard, avatar, nickname, bookmarks, legacyBookmarks, blocklist] = await Promise.all([
    probe("vcard", () => readVcard(old), undefined),
    probe("avatar", () => readAvatarMetadata(old), undefined),
    probe("nickname", () => readNickname(old), undefined),
    probe("bookmarks", () => readBookmarks(old), []),
    probe("legacy-bookmarks", () => readLegacyBookmarks(old), []),
    probe("blocklist", () => readBlocklist(old), []),
  ]);
  return {
    vcard: vcard !== undefined,
    avatar: avatar !== undefined,
    ...(nickname !== undefined ? { nickname } : {}),
    bookmarks: bookmarks.length,
    legacyBookmarks: legacyBookmarks.length,
    blocklist: blocklist.length,
    unreadable,
  };
}

/**
 * Copies every kind of profile data, one after the other, and reports each;
 * a failing item never stops the rest. The order matters on servers that
 * derive one kind from another: the vCard's PHOTO can become the avatar, so
 * the real avatar items are written after it; legacy bookmarks can be turned
 * into XEP-0402 items without their extensions, so the XEP-0402 items come
 * after them. Every step overwrites or merges, so running it again gives the
 * same result.
 */
export async function copyProfile(old: AccountSession, target: AccountSession): Promise<ProfileItemReport[]> {
  const steps = [copyVcard, copyAvatar, copyNickname, copyLegacyBookmarks, copyBookmarks, copyBlocklist];
  const reports: ProfileItemReport[] = [];
  for (const step of steps) reports.push(await step(old, target));
  return reports;
}
