/**
 * Spaces out one sender's stanzas evenly (a broadcast, FERRY_BROADCAST_RATE
 * per second). 0 means no limit. Jobs share a server's rate: see ServerPace.
 */
export class Pacer {
  private next = 0;

  constructor(
    readonly perSecond: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async take(): Promise<void> {
    if (this.perSecond <= 0) return;
    const t = this.now();
    const at = Math.max(t, this.next);
    this.next = at + 1000 / this.perSecond;
    if (at > t) await this.sleep(at - t);
  }
}
