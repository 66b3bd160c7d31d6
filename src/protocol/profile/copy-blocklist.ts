import { xml } from "@xmpp/client";
import type { AccountSession } from "../connection/account-session.ts";
import { copyItem, type ProfileItemReport } from "./profile-report.ts";

const NS_BLOCKING = "urn:xmpp:blocking";

/** JIDs the account blocks (XEP-0191). */
export async function readBlocklist(session: AccountSession): Promise<string[]> {
  const result = await session.iq("get", xml("blocklist", { xmlns: NS_BLOCKING }));
  return (result.getChild("blocklist", NS_BLOCKING)?.getChildren("item") ?? [])
    .map((i) => i.attrs.jid)
    .filter((jid): jid is string => typeof jid === "string" && jid.length > 0);
}

/** Blocks on the new account what the old one blocks; JIDs already blocked there are left alone. */
export function copyBlocklist(from: AccountSession, to: AccountSession): Promise<ProfileItemReport> {
  return copyItem(
    "blocklist",
    async () => {
      const jids = await readBlocklist(from);
      return jids.length > 0 ? jids : undefined;
    },
    (jids) => blockJids(to, jids),
  );
}

/** Blocks these JIDs; those already blocked are left alone. Resolves how many the account now blocks of them. */
export async function blockJids(to: AccountSession, jids: string[]): Promise<number> {
  const already = new Set(await readBlocklist(to));
  const missing = jids.filter((j) => !already.has(j));
  // An empty <block/> is a bad-request (XEP-0191 3.3).
  if (missing.length > 0) {
    await to.iq("set", xml("block", { xmlns: NS_BLOCKING }, ...missing.map((jid) => xml("item", { jid }))));
  }
  return jids.length;
}
