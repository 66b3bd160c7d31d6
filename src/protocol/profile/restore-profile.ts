import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../connection/account-session.ts";
import type { BackupPepNode, BackupProfile, XmlNode } from "../../importers/read-account-backup.ts";
import { copyItem, type ProfileItem, type ProfileItemReport } from "./profile-report.ts";
import { writeVcard } from "./copy-vcard.ts";
import { NS_AVATAR_DATA, NS_AVATAR_METADATA, storedImageIds, writeAvatar } from "./copy-avatar.ts";
import { publishNickname } from "./copy-nickname.ts";
import { NS_BOOKMARKS, addLegacyBookmarks, writeBookmarks } from "./copy-bookmarks.ts";
import { blockJids } from "./copy-blocklist.ts";
import { portableAudience, publishWithConfig, type PepItem } from "./pep.ts";
import { NS_MOVED, NS_NICK } from "../namespaces.ts";

/**
 * A backup's profile put on an account with the writers the move's profile
 * copy uses, one part at a time (each a step of the restore's journal), in the
 * copy's order: the vCard's PHOTO may become the avatar on servers that map
 * one to the other, so the avatar comes after it; legacy bookmarks before
 * XEP-0402 ones. Every write overwrites or merges, so a part done twice gives
 * the same result.
 */
export const RESTORE_PARTS = ["vcard", "avatar", "nickname", "legacy-bookmarks", "bookmarks", "blocklist", "pep-nodes"] as const satisfies readonly ProfileItem[];
export type RestorePart = (typeof RESTORE_PARTS)[number];

/**
 * Nodes that are restored by their own part, or never: the old account's
 * XEP-0283 statement would claim the new account moved; OMEMO device lists
 * and bundles belong to the old account's devices and sessions, and clients
 * publish their own for the new account.
 */
const NOT_COPIED = [NS_AVATAR_DATA, NS_AVATAR_METADATA, NS_NICK, NS_BOOKMARKS, NS_MOVED];
const isOwnKeys = (node: string) => node.startsWith("eu.siacs.conversations.axolotl") || node.startsWith("urn:xmpp:omemo:");

/** Builds the element a node of the file stands for. */
export function elementOf(node: XmlNode): Element {
  return xml(node.name, node.attrs, ...(node.children.length > 0 ? node.children.map(elementOf) : node.text === "" ? [] : [node.text]));
}

const nodeOf = (profile: BackupProfile, name: string) => profile.pep.find((n) => n.node === name);
const itemsOf = (node: BackupPepNode | undefined): PepItem[] => (node?.items ?? []).map((i) => ({ id: i.id, payload: elementOf(i.payload) }));

/** The avatar's current metadata (the last item that names an image) and the images it stores. */
function avatarOf(profile: BackupProfile) {
  const metaNode = nodeOf(profile, NS_AVATAR_METADATA);
  const metadata = itemsOf(metaNode).findLast((i) => i.payload.is("metadata", NS_AVATAR_METADATA) && i.payload.getChild("info"));
  if (!metadata) return undefined;
  const ids = new Set(storedImageIds(metadata));
  const data = itemsOf(nodeOf(profile, NS_AVATAR_DATA)).filter((i) => ids.has(i.id));
  return { metadata, data, options: portableAudience(metaNode?.accessModel) };
}

function nicknameOf(profile: BackupProfile) {
  const node = nodeOf(profile, NS_NICK);
  const nick = itemsOf(node).findLast((i) => i.payload.is("nick", NS_NICK))?.payload.text().trim();
  return nick ? { nick, options: portableAudience(node?.accessModel) } : undefined;
}

/** Nodes other parts do not cover; a node whose audience the file does not tell (or that other servers lack) is kept to the account itself. */
function otherNodes(profile: BackupProfile) {
  const nodes = profile.pep.filter((n) => !NOT_COPIED.includes(n.node) && !isOwnKeys(n.node));
  return nodes.length > 0 ? nodes : undefined;
}

async function publishNodes(to: AccountSession, nodes: BackupPepNode[]): Promise<number> {
  let items = 0;
  for (const node of nodes) {
    const options = portableAudience(node.accessModel) ?? { access_model: "whitelist" };
    for (const item of itemsOf(node)) {
      await publishWithConfig(to, node.node, item, options, false);
      items += 1;
    }
  }
  return items;
}

const some = <T>(list: T[]) => (list.length > 0 ? list : undefined);

/** Writes one part of the backup's profile on the account; never throws for a server's refusal, which is reported. */
export function restorePart(part: RestorePart, profile: BackupProfile, to: AccountSession): Promise<ProfileItemReport> {
  const read = <T>(value: T | undefined) => async () => value;
  switch (part) {
    case "vcard":
      return copyItem(part, read(profile.vcard && elementOf(profile.vcard)), (vcard) => writeVcard(to, vcard));
    case "avatar":
      return copyItem(part, read(avatarOf(profile)), async (avatar) => {
        await writeAvatar(to, avatar);
        return undefined;
      });
    case "nickname":
      return copyItem(part, read(nicknameOf(profile)), async ({ nick, options }) => {
        await publishNickname(to, nick, options);
        return undefined;
      });
    case "legacy-bookmarks":
      return copyItem(part, read(some(profile.legacyBookmarks.map(elementOf))), (entries) => addLegacyBookmarks(to, entries));
    case "bookmarks":
      return copyItem(part, read(some(itemsOf(nodeOf(profile, NS_BOOKMARKS)))), (items) => writeBookmarks(to, items));
    case "blocklist":
      return copyItem(part, read(some(profile.blocklist)), (jids) => blockJids(to, jids));
    case "pep-nodes":
      return copyItem(part, read(otherNodes(profile)), (nodes) => publishNodes(to, nodes));
  }
}

/** What each part of a backup's profile holds, for the restore's preview: counts of entries, 1/0 for single things. */
export function restoreInventory(profile: BackupProfile): Record<RestorePart, number> {
  return {
    vcard: profile.vcard ? 1 : 0,
    avatar: avatarOf(profile) ? 1 : 0,
    nickname: nicknameOf(profile) ? 1 : 0,
    "legacy-bookmarks": profile.legacyBookmarks.filter((e) => e.name === "conference").length,
    bookmarks: nodeOf(profile, NS_BOOKMARKS)?.items.length ?? 0,
    blocklist: profile.blocklist.length,
    "pep-nodes": otherNodes(profile)?.length ?? 0,
  };
}
