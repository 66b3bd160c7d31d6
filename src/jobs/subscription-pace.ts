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

/**
 * The subscription presences of one job's session to its account's server.
 * ejabberd's mod_pres_counter (Debian's default: 5 per 60 s) drops every one
 * over the count until `interval` seconds pass without one: its clock restarts
 * with each presence it lets through, so evenly spaced requests are never let
 * through again, and it counts per session. So this pace sends a burst, then
 * keeps quiet for the whole interval after the last one actually sent. The
 * server's own pace (ServerPace) still spaces every stanza as well. A job takes
 * a whole window's presences at once, before the window starts, so the quiet is
 * measured from presences that have all left.
 */
export class SubscriptionPace {
  private inBurst = 0;
  private lastSentAt = -Infinity;

  constructor(
    private readonly rate: SubscribeRate,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** The most presences one window of contacts may need: a job writes no more at once. */
  get burst(): number {
    return this.rate.burst;
  }

  /**
   * Resolves true when `count` presences may go now, or false when `cancelled`
   * says so while waiting (checked every second, so a cancel or a shutdown is not
   * held up by a minute's quiet). Call it only once every presence taken before
   * has left or will not: the caller calls `sent` after each one.
   */
  async take(count: number, cancelled: () => boolean = () => false): Promise<boolean> {
    if (count === 0) return true;
    if (this.inBurst > 0 && this.inBurst + count > this.rate.burst) {
      const readyAt = this.lastSentAt + this.rate.quietSeconds * 1000 + QUIET_MARGIN_MS;
      for (let left = readyAt - this.now(); left > 0; left = readyAt - this.now()) {
        if (cancelled()) return false;
        await this.sleep(Math.min(1000, left));
      }
      this.inBurst = 0;
    }
    this.inBurst += count;
    return true;
  }

  /** One presence left: the quiet before the next burst counts from the last of these. */
  sent(): void {
    this.lastSentAt = this.now();
  }
}
