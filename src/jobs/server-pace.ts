import { isSlowDown } from "../protocol/stanza-error.ts";

/** After a slow-down, each calm RECOVERY_STEP_MS gives back RECOVERY_SHARE of the setting. */
const RECOVERY_STEP_MS = 10_000;
const RECOVERY_SHARE = 0.1;
/** Repeated slow-downs never take the rate below this share of the setting. */
const FLOOR_SHARE = 1 / 16;

/** One job's place in the turns toward a server; see ServerPace. */
export interface ServerLane {
  /** Resolves when this lane's next stanza may leave. */
  take(): Promise<void>;
  /** This lane's fair share of the server's rate now (0 = unlimited), for sizing how much a job pipelines. */
  readonly perSecond: number;
  /** An answer from the server to a stanza sent at `sentAt`: one that asks Ferry to slow down slows the whole server. */
  heard(err: unknown, sentAt: number): void;
  /** The job is over: its share goes to the others. */
  leave(): void;
}

class Lane implements ServerLane {
  readonly waiting: (() => void)[] = [];
  constructor(private readonly pace: ServerPace) {}
  take = async () => {
    await this.pace.turn(this);
    this.pace.sent();
  };
  get perSecond() {
    return this.pace.perSecond / Math.max(1, this.pace.lanes.size);
  }
  heard = (err: unknown, sentAt: number) => {
    if (isSlowDown(err)) this.pace.slowDown(sentAt);
  };
  leave = () => void this.pace.lanes.delete(this);
}

/**
 * Stanzas toward one server (FERRY_SERVER_RATE a second), shared by every job
 * going there. Jobs take turns round-robin, one stanza each, so a job that
 * keeps a window of writes waiting cannot starve one that waits for a single
 * stanza. A `wait` or `policy-violation` answer halves the rate (down to
 * FLOOR_SHARE), which then grows back gradually while the server stays calm.
 */
export class ServerPace {
  readonly lanes = new Set<Lane>();
  /** Lanes with a stanza waiting, in turn order. */
  private readonly ring: Lane[] = [];
  private nextAt = 0;
  private timer: NodeJS.Timeout | undefined;
  /** The share of the setting at the last slow-down, and when that was. */
  private slowedTo = 1;
  private slowedAt = -Infinity;

  /** `sent` hears of every stanza that leaves (the metrics count them). */
  constructor(
    private readonly setting: number,
    readonly sent: () => void = () => undefined,
  ) {}

  join(): ServerLane {
    const lane = new Lane(this);
    this.lanes.add(lane);
    return lane;
  }

  /** The server's rate now, after any slow-down; 0 = unlimited. */
  get perSecond(): number {
    return this.setting * this.share(Date.now());
  }

  private share(now: number): number {
    const calmSteps = Math.floor((now - this.slowedAt) / RECOVERY_STEP_MS);
    return Math.min(1, this.slowedTo + RECOVERY_SHARE * calmSteps);
  }

  slowDown(sentAt: number): void {
    // Answers to stanzas sent before the last slow-down tell nothing new: a window of writes refused together halves the rate once.
    if (sentAt < this.slowedAt) return;
    const now = Date.now();
    this.slowedTo = Math.max(FLOOR_SHARE, this.share(now) / 2);
    this.slowedAt = now;
  }

  turn(lane: Lane): Promise<void> {
    if (this.setting <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      if (lane.waiting.length === 0) this.ring.push(lane);
      lane.waiting.push(resolve);
      this.dispatch();
    });
  }

  /** Lets the next lane's stanza go if its time has come, else wakes up when it has. */
  private dispatch(): void {
    if (this.timer || this.ring.length === 0) return;
    const now = Date.now();
    if (now < this.nextAt) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.dispatch();
      }, this.nextAt - now);
      return;
    }
    const lane = this.ring.shift()!;
    lane.waiting.shift()!();
    if (lane.waiting.length > 0) this.ring.push(lane);
    this.nextAt = now + 1000 / this.perSecond;
    this.dispatch();
  }
}

/** The paces of every server Ferry talks to, by domain: one registry, built in composeFerry. */
export class ServerPaces {
  private readonly byDomain = new Map<string, ServerPace>();
  private listener: (domain: string) => void = () => undefined;

  constructor(readonly perSecond: number) {}

  /** Hears of every stanza that leaves toward a server, with the server's domain (the metrics count them). */
  onSent(listener: (domain: string) => void): void {
    this.listener = listener;
  }

  of(domain: string): ServerPace {
    const key = domain.toLowerCase();
    let pace = this.byDomain.get(key);
    if (!pace) this.byDomain.set(key, (pace = new ServerPace(this.perSecond, () => this.listener(key))));
    return pace;
  }
}
