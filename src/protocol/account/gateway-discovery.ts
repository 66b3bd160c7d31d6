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
  /** The name each answering domain gives its server software (disco identity `server/im`: `ejabberd`, `Prosody`). */
  servers: Map<string, string>;
  /** Domains that had no answer when the time ran out: not known to be gateways, so their contacts move as usual. */
  unchecked: string[];
}

/** What a domain says it is: a legacy gateway (disco identity category `gateway`), and its server software's name. */
async function askDomain(session: AccountSession, domain: string): Promise<{ gateway: boolean; server?: string }> {
  try {
    const info = await Promise.race([
      session.iq("get", xml("query", { xmlns: NS_INFO }), domain),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS).unref()),
    ]);
    const identities = info.getChild("query", NS_INFO)?.getChildren("identity") ?? [];
    const server = identities.find((i) => i.attrs.category === "server" && i.attrs.type === "im")?.attrs.name;
    return { gateway: identities.some((i) => i.attrs.category === "gateway"), ...(typeof server === "string" && server ? { server } : {}) };
  } catch {
    // An unreachable domain is not a gateway we know of; its contacts are moved normally.
    return { gateway: false };
  }
}

/**
 * Which of these domains say they are legacy gateways, and what software the others run. Every domain is asked
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
  const servers = new Map<string, string>();
  const answered = new Set<string>();
  let timeUp = false;
  const worker = async () => {
    for (let domain = queue.shift(); domain !== undefined && !timeUp; domain = queue.shift()) {
      await pace();
      if (timeUp) return;
      const said = await askDomain(session, domain);
      // An answer after the time ran out is not used: the plan has been shown without it.
      if (timeUp) return;
      if (said.gateway) gateways.add(domain);
      if (said.server) servers.set(domain, said.server);
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
  return { gateways, servers, unchecked: all.filter((d) => !answered.has(d)) };
}
