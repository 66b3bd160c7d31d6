import { xml } from "@xmpp/client";
import type { AccountSession } from "./account-session.ts";
import { NS_INFO } from "../xmpp/namespaces.ts";

/**
 * Disco requests in flight at once: a roster may span hundreds of domains, and
 * each costs a round trip (up to the time-out for one that does not answer).
 */
const CONCURRENCY = 32;
const TIMEOUT_MS = 5_000;

/** Whether a domain says it is a legacy gateway (disco identity category `gateway`). */
async function isGateway(session: AccountSession, domain: string): Promise<boolean> {
  try {
    const info = await Promise.race([
      session.iq("get", xml("query", { xmlns: NS_INFO }), domain),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS).unref()),
    ]);
    const identities = info.getChild("query", NS_INFO)?.getChildren("identity") ?? [];
    return identities.some((i) => i.attrs.category === "gateway");
  } catch {
    // An unreachable domain is not a gateway we know of; its contacts are moved normally.
    return false;
  }
}

/** Which of these domains say they are legacy gateways. Every domain is asked, CONCURRENCY at a time. */
export async function findGateways(session: AccountSession, domains: Iterable<string>): Promise<Set<string>> {
  const queue = [...new Set(domains)];
  const gateways = new Set<string>();
  const worker = async () => {
    for (let domain = queue.shift(); domain !== undefined; domain = queue.shift()) {
      if (await isGateway(session, domain)) gateways.add(domain);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  return gateways;
}
