import { Registry, Counter, Gauge, Histogram, collectDefaultMetrics } from "prom-client";

/** Where the numbers that are not counted as they happen come from, read when Prometheus scrapes. */
export interface MetricSources {
  /** People per move state and contacts moved, from the move journal (the same on every instance sharing the store). */
  moves(): Promise<{ states: Record<string, number>; contactsMoved: number }>;
  /** Jobs this instance runs now, by kind (move, import). */
  jobsRunning(): Record<string, number>;
}

/** The store-wide numbers are read at most this often: a scrape every few seconds must not read every journal each time. */
const STORE_READ_EVERY_MS = 30_000;
/** Most replies take milliseconds; a reply that signs in to two accounts takes seconds. */
const REPLY_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Ferry's Prometheus metrics (`ferry_*`, plus prom-client's process metrics),
 * in a registry of their own: a second Ferry in one process (the tests) has
 * its own numbers.
 */
export class FerryMetrics {
  readonly registry = new Registry();
  private readonly stanzas: Counter<"server">;
  private readonly replies: Counter<"channel">;
  private readonly replySeconds: Histogram<"channel">;
  private storeRead: { at: number; totals: ReturnType<MetricSources["moves"]> } | undefined;

  constructor(
    private readonly sources: MetricSources,
    private readonly now: () => number = Date.now,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    const totals = () => this.storeTotals();
    new Gauge({
      name: "ferry_moves",
      help: "People per move state (in-progress, moved, failed), from the move journal",
      labelNames: ["state"],
      registers,
      async collect() {
        this.reset();
        for (const [state, n] of Object.entries((await totals()).states)) this.set({ state }, n);
      },
    });
    new Counter({
      name: "ferry_contacts_moved_total",
      help: "Contacts moved to their people's new accounts, from the move journal",
      registers,
      async collect() {
        this.reset();
        this.inc((await totals()).contactsMoved);
      },
    });
    const { jobsRunning } = sources;
    new Gauge({
      name: "ferry_jobs_running",
      help: "Moves and imports this instance runs now",
      labelNames: ["kind"],
      registers,
      collect() {
        for (const [kind, n] of Object.entries(jobsRunning())) this.set({ kind }, n);
      },
    });
    this.stanzas = new Counter({ name: "ferry_stanzas_sent_total", help: "Stanzas moves and imports sent, per server", labelNames: ["server"], registers });
    this.replies = new Counter({ name: "ferry_replies_total", help: "Messages and ad-hoc commands answered", labelNames: ["channel"], registers });
    this.replySeconds = new Histogram({
      name: "ferry_reply_seconds",
      help: "Time from a user's message (or ad-hoc command) to Ferry's reply",
      labelNames: ["channel"],
      buckets: REPLY_BUCKETS,
      registers,
    });
  }

  /** A stanza left toward a server (after its turn in the server's pace). */
  stanzaSent(server: string): void {
    this.stanzas.inc({ server });
  }

  /** A message (chat) or command step (adhoc) was answered after `seconds`. */
  replied(channel: "chat" | "adhoc", seconds: number): void {
    this.replies.inc({ channel });
    this.replySeconds.observe({ channel }, seconds);
  }

  /** The Prometheus text format, and its content type. */
  async scrape(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }

  private storeTotals(): ReturnType<MetricSources["moves"]> {
    const now = this.now();
    if (!this.storeRead || now - this.storeRead.at >= STORE_READ_EVERY_MS) {
      const totals = this.sources.moves();
      // A failed read is tried again at the next scrape, not kept for the next half minute.
      totals.catch(() => (this.storeRead = undefined));
      this.storeRead = { at: now, totals };
    }
    return this.storeRead.totals;
  }
}
