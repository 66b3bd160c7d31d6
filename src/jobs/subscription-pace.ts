import type { SubscribeRate } from "../config/subscribe-rate.ts";

export type { SubscribeRate };

/** Server software known to have no limit on subscription presences (Prosody 0.12's mod_presence has none). */
const UNLIMITED_SOFTWARE = new Set(["prosody"]);

/**
 * ejabberd counts seconds whole (`now - start > interval`): a second more makes
 * the quiet long enough whatever the fractions, and another covers a slow round trip.
 */
const QUIET_MARGIN_MS = 2_000;

/** The pace a server gets: the setting, unless the server names software known to have no limit. */
export function subscribeRateFor(setting: SubscribeRate | undefined, software: string | undefined): SubscribeRate | undefined {
  if (!setting || (software !== undefined && UNLIMITED_SOFTWARE.has(software.toLowerCase()))) return undefined;
  return setting;
}

/** How long sending `presences` subscription presences waits at this pace (the quiet between bursts). */
export function subscriptionWaitMs(rate: SubscribeRate | undefined, presences: number): number {
  if (!rate || presences <= rate.burst) return 0;
  return (Math.ceil(presences / rate.burst) - 1) * (rate.quietSeconds * 1000 + QUIET_MARGIN_MS);
}

/** One window's presences at a pace: each that leaves is told, and the window's end gives the turn back. */
export interface SubscriptionTurn {
  sent(): void;
  /** Every presence of the window has left or will not (call it however the window ended). */
  done(): void;
}

const NO_PRESENCES: SubscriptionTurn = { sent: () => undefined, done: () => undefined };

/**
 * Subscription presences toward a server that counts them: the presences of
 * one job's session to its account's server, or of every job toward one
 * contact server (DestinationPaces). ejabberd's mod_pres_counter (Debian's
 * default: 5 per 60 s) drops every one over the count until `interval` seconds
 * pass without one: its clock restarts with each presence it lets through, so
 * evenly spaced requests are never let through again. So this pace sends a
 * burst, then keeps quiet for the whole interval after the last one actually
 * sent. The server's own pace (ServerPace) still spaces every stanza as well.
 * A window's presences are taken at once, before the window starts; the quiet
 * is measured only once every turn taken before has been given back, so from
 * presences that have all left. Takers wait first come, first served.
 */
export class SubscriptionPace {
  private inBurst = 0;
  private lastSentAt = -Infinity;
  /** Turns not given back yet: presences that may still leave. */
  private open = 0;
  private readonly waiting: object[] = [];

  /** `burstAt`: a full burst may have gone at that moment, from before this pace knew (see DestinationPaces). */
  constructor(
    private readonly rate: SubscribeRate,
    burstAt?: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    if (burstAt !== undefined) [this.inBurst, this.lastSentAt] = [rate.burst, burstAt];
  }

  /** The most presences one window of contacts may need: a job writes no more at once. */
  get burst(): number {
    return this.rate.burst;
  }

  /**
   * Resolves with the turn when `count` presences may go now, or undefined when
   * `cancelled` says so while waiting (checked every second, so a cancel or a
   * shutdown is not held up by a minute's quiet). The caller tells the turn of
   * each presence that leaves, and gives it back when the window has ended.
   */
  async take(count: number, cancelled: () => boolean = () => false): Promise<SubscriptionTurn | undefined> {
    if (count === 0) return NO_PRESENCES;
    const me = {};
    this.waiting.push(me);
    try {
      for (let left = this.waitMs(me, count); left > 0; left = this.waitMs(me, count)) {
        if (cancelled()) return undefined;
        await this.sleep(Math.min(1000, left));
      }
    } finally {
      this.waiting.splice(this.waiting.indexOf(me), 1);
    }
    this.inBurst += count;
    this.open += 1;
    let given = false;
    return {
      sent: () => void (this.lastSentAt = this.now()),
      done: () => {
        if (!given) this.open -= 1;
        given = true;
      },
    };
  }

  /** How long `me` waits before checking again: 0 once its `count` presences may go. */
  private waitMs(me: object, count: number): number {
    if (this.waiting[0] !== me) return 1000;
    const quietEnd = this.lastSentAt + this.rate.quietSeconds * 1000 + QUIET_MARGIN_MS;
    if (this.open === 0 && this.now() >= quietEnd) this.inBurst = 0;
    if (this.inBurst === 0 || this.inBurst + count <= this.rate.burst) return 0;
    // The quiet starts after the last presence of the burst, which may not have left yet.
    return this.open > 0 ? 1000 : quietEnd - this.now();
  }
}
