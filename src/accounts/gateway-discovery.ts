import { xml } from "@xmpp/client";
import type { AccountSession } from "./account-session.ts";
import { NS_INFO } from "../xmpp/namespaces.ts";

/** Disco costs a round trip per domain; rosters rarely span more domains than this. */
const MAX_DOMAINS = 40;
const TIMEOUT_MS = 5_000;

/** Which of these domains say they are legacy gateways (disco identity category `gateway`). */
export async function findGateways(session: AccountSession, domains: Iterable<string>): Promise<Set<string>> {
  const list = [...new Set(domains)].slice(0, MAX_DOMAINS);
  const results = await Promise.all(
    list.map(async (domain) => {
      try {
        const info = await Promise.race([
          session.iq("get", xml("query", { xmlns: NS_INFO }), domain),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS).unref()),
        ]);
        const identities = info.getChild("query", NS_INFO)?.getChildren("identity") ?? [];
        return identities.some((i) => i.attrs.category === "gateway") ? domain : undefined;
      } catch {
        // An unreachable domain is not a gateway we know of; its contacts are moved normally.
        return undefined;
      }
    }),
  );
  return new Set(results.filter((d): d is string => d !== undefined));
}
