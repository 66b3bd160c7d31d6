import { xml } from "@xmpp/client";
import type { AccountSession } from "../connection/account-session.ts";
import { copyItem, type ProfileItemReport } from "./profile-report.ts";
import { getItems, publishWithConfig, sameAudienceOptions, type NodeConfig } from "./pep.ts";
import { NS_NICK } from "../namespaces.ts";

/** The XEP-0172 nickname the account publishes, if any. */
export async function readNickname(session: AccountSession): Promise<string | undefined> {
  const [item] = await getItems(session, NS_NICK, { max: 1 });
  const nick = item?.payload.is("nick", NS_NICK) ? item.payload.text().trim() : "";
  return nick || undefined;
}

/** Publishes a nickname (XEP-0172) for the node's audience, or the server's default audience without `options`. */
export async function publishNickname(session: AccountSession, nick: string, options?: NodeConfig): Promise<void> {
  await publishWithConfig(session, NS_NICK, { id: "current", payload: xml("nick", { xmlns: NS_NICK }, nick) }, options, true);
}

/** Publishes the nickname on the new account, for the same audience as before when the old server says who that was. */
export function copyNickname(from: AccountSession, to: AccountSession): Promise<ProfileItemReport> {
  return copyItem(
    "nickname",
    async () => {
      const nick = await readNickname(from);
      return nick === undefined ? undefined : { nick, options: await sameAudienceOptions(from, NS_NICK) };
    },
    async ({ nick, options }) => {
      await publishNickname(to, nick, options);
      return undefined;
    },
  );
}
