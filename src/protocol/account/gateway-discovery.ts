import { xml } from "@xmpp/client";
import type { AccountSession } from "../connection/account-session.ts";
import { NS_INFO } from "../namespaces.ts";

/**
 * Disco requests in flight at once: a roster may span hundreds of domains, and
 * each costs a round trip (up to the time-out for one that does not answer).
 */
const CONCURRENCY = 32;
const TIMEOUT_MS = 5_000;
/**
 * The whole discovery's share of the plan's turn: the flow runner gives a
 * turn 60 s (src/conversation/flow-runner.ts), and the same turn signs in and
 * reads the roster and profile. Paced at 20 a second, 15 s asks 300 domains.
 */
export const DISCOVERY_BUDGET_MS = 15_000;

export interface GatewayDiscovery {
  gateways: Set<string>;
  /** Domains that had no answer when the time ran out: not known to be gateways, so their contacts move as usual. */
  unchecked: string[];
}

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

/**
 * Which of these domains say they are legacy gateways. Every domain is asked
 * once, CONCURRENCY at a time, each request after `pace` (the server rate),
 * until DISCOVERY_BUDGET_MS is over.
 */
export async function findGateways(
  session: AccountSession,
  domains: Iterable<string>,
  pace: () => Promise<void> = async () => undefined,
): Promise<GatewayDiscovery> {
  const all = [...new Set(domains)];
  const queue = [...all];
  const gateways = new Set<string>();
  const answered = new Set<string>();
  let timeUp = false;
  const worker = async () => {
    for (let domain = queue.shift(); domain !== undefined && !timeUp; domain = queue.shift()) {
      await pace();
      if (timeUp) return;
      const gateway = await isGateway(session, domain);
      // An answer after the time ran out is not used: the plan has been shown without it.
      if (timeUp) return;
      if (gateway) gateways.add(domain);
      answered.add(domain);
    }
  };
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker)),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, DISCOVERY_BUDGET_MS);
    }),
  ]);
  clearTimeout(timer);
  timeUp = true;
  return { gateways, unchecked: all.filter((d) => !answered.has(d)) };
}
