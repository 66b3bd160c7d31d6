/**
 * A token bucket per key (per user): `burst` messages at once, refilled at
 * `perMinute`. A flood from one user costs the others nothing.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number; warned: boolean }>();

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** "ok" to go ahead, "warn" the first time a user runs dry (tell them once), "drop" afterwards. */
  take(key: string): "ok" | "warn" | "drop" {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: t, warned: false };
    b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) * this.perMinute) / 60_000);
    b.at = t;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      b.warned = false;
      return "ok";
    }
    if (b.warned) return "drop";
    b.warned = true;
    return "warn";
  }

  /** Forgets full buckets, so the map holds only users who were busy lately. */
  sweep(): void {
    const t = this.now();
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((t - b.at) * this.perMinute) / 60_000 >= this.burst) this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}
