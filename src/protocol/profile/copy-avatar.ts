import { createHash } from "node:crypto";
import { xml } from "@xmpp/client";
import type { AccountSession } from "../connection/account-session.ts";
import { copyItem, type ProfileItemReport } from "./profile-report.ts";
import { getItems, publishWithConfig, sameAudienceOptions, type NodeConfig, type PepItem } from "./pep.ts";

export const NS_AVATAR_DATA = "urn:xmpp:avatar:data";
export const NS_AVATAR_METADATA = "urn:xmpp:avatar:metadata";

/**
 * The current XEP-0084 metadata item, or undefined when there is no avatar
 * (no node, or an empty `<metadata/>`, which means "avatar disabled").
 */
export async function readAvatarMetadata(session: AccountSession): Promise<PepItem | undefined> {
  const [item] = await getItems(session, NS_AVATAR_METADATA, { max: 1 });
  return item && item.payload.is("metadata", NS_AVATAR_METADATA) && item.payload.getChild("info") ? item : undefined;
}

/** Ids of the images stored in the data node; an `<info url=…/>` points elsewhere and has no data item. */
export function storedImageIds(metadata: PepItem): string[] {
  return metadata.payload
    .getChildren("info")
    .filter((info) => !info.attrs.url && typeof info.attrs.id === "string")
    .map((info) => String(info.attrs.id));
}

/** An avatar as XEP-0084 stores it: the metadata item, the images it names, and the audience. */
export interface Avatar {
  metadata: PepItem;
  data: PepItem[];
  options: NodeConfig | undefined;
}

async function readAvatar(session: AccountSession): Promise<Avatar | undefined> {
  const metadata = await readAvatarMetadata(session);
  if (!metadata) return undefined;
  const ids = storedImageIds(metadata);
  const data = ids.length > 0 ? await getItems(session, NS_AVATAR_DATA, { ids }) : [];
  return { metadata, data, options: await sameAudienceOptions(session, NS_AVATAR_METADATA) };
}

/**
 * Data first, then metadata (XEP-0084 4.2): a client that sees the metadata
 * must find the image. Items keep their ids (the SHA-1 of the image), so
 * writing again overwrites the same items.
 */
export async function writeAvatar(to: AccountSession, { metadata, data, options }: Avatar): Promise<void> {
  for (const item of data) await publishWithConfig(to, NS_AVATAR_DATA, item, options, true);
  await publishWithConfig(to, NS_AVATAR_METADATA, metadata, options, true);
}

/** An image to publish as the account's avatar. */
export interface AvatarImage {
  data: Uint8Array;
  type: string;
  width: number;
  height: number;
}

/** Publishes one image as the account's XEP-0084 avatar, for the server's default audience. */
export async function publishAvatar(session: AccountSession, image: AvatarImage): Promise<void> {
  const id = createHash("sha1").update(image.data).digest("hex");
  const info = { id, bytes: String(image.data.byteLength), type: image.type, width: String(image.width), height: String(image.height) };
  await writeAvatar(session, {
    data: [{ id, payload: xml("data", { xmlns: NS_AVATAR_DATA }, Buffer.from(image.data).toString("base64")) }],
    metadata: { id, payload: xml("metadata", { xmlns: NS_AVATAR_METADATA }, xml("info", info)) },
    options: undefined,
  });
}

/** Copies the avatar; the old node's access model is kept when the old server tells it. */
export function copyAvatar(from: AccountSession, to: AccountSession): Promise<ProfileItemReport> {
  return copyItem("avatar", () => readAvatar(from), async (avatar) => {
    await writeAvatar(to, avatar);
    return undefined;
  });
}
