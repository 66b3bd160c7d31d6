import { resolveSrv } from "node:dns/promises";
import type { SrvRecord } from "node:dns";
import { domainOf } from "../../core/jid.ts";

export type SrvLookup = (name: string) => Promise<SrvRecord[]>;

/**
 * Where to connect for an account (or a domain), in the order to try (RFC
 * 6120 3.2): the FERRY_SERVICE_MAP entry alone, else the domain's
 * `_xmpp-client._tcp` SRV targets, else the domain itself on 5222 (only when
 * there are no SRV records). Not @xmpp/resolve: its fallback tries port 5223
 * first, which hangs behind a firewall that drops, and it fails for a domain
 * with SRV records but no address.
 */
export async function serviceCandidates(jid: string, serviceMap: Record<string, string>, lookupSrv: SrvLookup = resolveSrv): Promise<string[]> {
  const domain = domainOf(jid);
  if (serviceMap[domain]) return [serviceMap[domain]];
  // No record, or no answer from DNS: the domain's own address is the fallback either way.
  const records = await lookupSrv(`_xmpp-client._tcp.${domain}`).catch(() => []);
  // A target of "." (Node gives "") says the domain offers no client service there; skip it.
  const targets = records.filter((r) => r.name !== "." && r.name !== "");
  // RFC 2782 order: priority ascending; within a priority weight descending rather than
  // the weighted random pick, so the order is the same on every attempt and in tests.
  targets.sort((a, b) => a.priority - b.priority || b.weight - a.weight);
  return targets.length > 0 ? targets.map((r) => `xmpp://${r.name}:${r.port}`) : [`xmpp://${domain}`];
}

/**
 * Runs `attempt` on each service in turn until one gets past the connection:
 * only a failure `unreachable` accepts moves on to the next (a wrong password
 * on a server that answered must not be tried elsewhere). Rejects with the
 * last failure.
 */
export async function firstReachable<T>(
  services: string[],
  attempt: (service: string) => Promise<T>,
  unreachable: (err: unknown) => boolean,
): Promise<T> {
  let last: unknown = new Error("no service to connect to");
  for (const service of services) {
    try {
      return await attempt(service);
    } catch (err) {
      if (!unreachable(err)) throw err;
      last = err;
    }
  }
  throw last;
}
