import { SubscriptionPace, type SubscribeRate } from "./subscription-pace.ts";

/**
 * Server software that counts the subscription presences arriving from
 * another server: ejabberd's mod_pres_counter counts per process, and all
 * stanzas from one remote server arrive through one s2s connection process.
 */
const COUNTS_ARRIVALS = new Set(["ejabberd"]);

/** Whether a contact's server, by the software it names, drops subscription presences from another server beyond its count. */
export function countsArrivingRequests(software: string | undefined): boolean {
  return software !== undefined && COUNTS_ARRIVALS.has(software.toLowerCase());
}

/**
 * The subscription presences toward each contact server that counts them
 * (countsArrivingRequests), by domain, at FERRY_SUBSCRIBE_RATE: one registry,
 * built in composeFerry, so every job of this process shares a server's bursts
 * and quiets, as the requests of all its users share one s2s connection there.
 * Other instances sharing the store keep their own: together they may exceed it.
 * Each server's pace starts as if a burst had left when this process started:
 * the server still counts the requests of a process that crashed (or was
 * restarted) a moment ago, and a resumed move must not have its first burst dropped.
 */
export class DestinationPaces {
  private readonly byDomain = new Map<string, SubscriptionPace>();

  private readonly startedAt = Date.now();

  constructor(readonly rate: SubscribeRate) {}

  of(domain: string): SubscriptionPace {
    const key = domain.toLowerCase();
    let pace = this.byDomain.get(key);
    if (!pace) this.byDomain.set(key, (pace = new SubscriptionPace(this.rate, this.startedAt)));
    return pace;
  }
}
