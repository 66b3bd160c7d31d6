import { xml } from "@xmpp/client";
import type { AccountSession } from "../connection/account-session.ts";
import { domainOf } from "../../core/jid.ts";
import { NS_VERSION } from "../namespaces.ts";
import { conditionOf, isStanzaError } from "../stanza-error.ts";

/**
 * The name the account's server gives its software (XEP-0092: `ejabberd`, `Prosody`);
 * undefined when it will not say (an error or no answer). A lost connection still rejects.
 */
export async function serverSoftware(session: AccountSession): Promise<string | undefined> {
  try {
    const result = await session.iq("get", xml("query", { xmlns: NS_VERSION }), domainOf(session.jid.toLowerCase()));
    return result.getChild("query", NS_VERSION)?.getChildText("name")?.trim() || undefined;
  } catch (err) {
    if (isStanzaError(err) || conditionOf(err) === "timeout") return undefined;
    throw err;
  }
}
