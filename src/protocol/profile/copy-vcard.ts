import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../connection/account-session.ts";
import { conditionOf } from "../stanza-error.ts";
import { copyItem, type ProfileItemReport } from "./profile-report.ts";
import { NS_VCARD } from "../namespaces.ts";


/**
 * The account's vcard-temp (XEP-0054), or undefined when it is empty. Its PHOTO
 * travels with it; servers that map vcard-temp onto PEP (Prosody's
 * mod_vcard_legacy) also turn that PHOTO into the XEP-0084 avatar nodes.
 */
export async function readVcard(session: AccountSession): Promise<Element | undefined> {
  let result: Element;
  try {
    result = await session.iq("get", xml("vCard", { xmlns: NS_VCARD }));
  } catch (err) {
    // Some servers answer item-not-found for an account that never set one.
    if (conditionOf(err) === "item-not-found") return undefined;
    throw err;
  }
  const vcard = result.getChild("vCard", NS_VCARD);
  return vcard && vcard.getChildElements().length > 0 ? vcard : undefined;
}

/** The usual text fields of a XEP-0054 vCard. */
export interface VcardFields {
  fullName: string;
  nickname?: string;
  birthday?: string;
  url?: string;
  description?: string;
}

/** Sets the account's vCard (XEP-0054) to these fields; setting replaces the whole card. */
export async function setVcard(session: AccountSession, fields: VcardFields): Promise<void> {
  const text = (name: string, value: string | undefined) => (value === undefined ? [] : [xml(name, {}, value)]);
  await session.iq(
    "set",
    xml(
      "vCard",
      { xmlns: NS_VCARD },
      ...text("FN", fields.fullName),
      ...text("NICKNAME", fields.nickname),
      ...text("BDAY", fields.birthday),
      ...text("URL", fields.url),
      ...text("DESC", fields.description),
    ),
  );
}

/** Sets a whole vCard as it came (from another account or a backup); setting replaces, so a second run changes nothing. */
export async function writeVcard(to: AccountSession, vcard: Element): Promise<undefined> {
  await to.iq("set", vcard);
  return undefined;
}

/** Sets the old account's vCard on the new one. */
export function copyVcard(from: AccountSession, to: AccountSession): Promise<ProfileItemReport> {
  return copyItem("vcard", () => readVcard(from), (vcard) => writeVcard(to, vcard));
}
