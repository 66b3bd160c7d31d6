import { xml } from "@xmpp/client";
import type { AccountSession } from "../connection/account-session.ts";
import { copyItem, type ProfileItemReport } from "./profile-report.ts";
import { getItems, publishWithConfig, sameAudienceOptions } from "./pep.ts";
import { NS_NICK } from "../namespaces.ts";

/** The XEP-0172 nickname the account publishes, if any. */
export async function readNickname(session: AccountSession): Promise<string | undefined> {
  const [item] = await getItems(session, NS_NICK, { max: 1 });
  const nick = item?.payload.is("nick", NS_NICK) ? item.payload.text().trim() : "";
  return nick || undefined;
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
      const item = { id: "current", payload: xml("nick", { xmlns: NS_NICK }, nick) };
      await publishWithConfig(to, NS_NICK, item, options, true);
      return undefined;
    },
  );
}
