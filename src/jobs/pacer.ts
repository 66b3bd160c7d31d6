/**
 * Spaces out stanzas toward a server (FERRY_SERVER_RATE per second), so a
 * 2000-contact move does not trip the server's rate limits. 0 means no limit.
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
