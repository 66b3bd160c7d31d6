import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { BroadcastStore, Schedule } from "./broadcast-store.ts";
import type { LaunchRequest } from "./launch.ts";

const DAY_MS = 86_400_000;

/** The end of the last day a schedule may send (dates are UTC days). */
function endOf(until: string): number {
  return Date.parse(`${until}T23:59:59.999Z`);
}

/**
 * The run after `now` for a schedule that is due: missed runs (the bot was
 * down for days) are not made up, one reminder covers them. Undefined when
 * the schedule has ended.
 */
export function nextRunAfter(s: Pick<Schedule, "nextAt" | "everyDays" | "until">, now: Date): string | undefined {
  let next = Date.parse(s.nextAt);
  while (next <= now.getTime()) next += s.everyDays * DAY_MS;
  return next <= endOf(s.until) ? new Date(next).toISOString() : undefined;
}

/** Whether a schedule should send at `now`. */
export function isDue(s: Schedule, now: Date): boolean {
  return s.status === "active" && Date.parse(s.nextAt) <= now.getTime() && now.getTime() <= endOf(s.until);
}

export interface SchedulerDeps {
  store: BroadcastStore;
  launch(req: LaunchRequest): Promise<unknown>;
  log: Logger;
  intervalMs: number;
  /** Injectable clock, for tests. */
  now?: () => Date;
}

/**
 * Sends the reminders of repeating broadcasts when they are due: checks on
 * start-up and every `intervalMs`. A schedule's next run is stored before its
 * reminder goes out, so a crash cannot make it send twice.
 */
export class BroadcastScheduler {
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;

  constructor(private readonly deps: SchedulerDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** A new repeating broadcast whose first run was just sent. */
  async create(req: { by: string; texts: Schedule["texts"]; audience: Schedule["audience"]; everyDays: number; until: string }): Promise<Schedule> {
    const now = this.now();
    const s: Schedule = { id: randomUUID(), createdAt: now.toISOString(), nextAt: now.toISOString(), runs: 1, status: "active", ...req };
    const next = nextRunAfter(s, now);
    if (next) s.nextAt = next;
    else s.status = "finished";
    await this.deps.store.saveSchedule(s);
    return s;
  }

  async cancel(id: string): Promise<boolean> {
    const s = await this.deps.store.getSchedule(id);
    if (!s || s.status !== "active") return false;
    s.status = "cancelled";
    await this.deps.store.saveSchedule(s);
    return true;
  }

  start(): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), this.deps.intervalMs);
    // The scheduler alone must not keep the process alive.
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.ticking;
  }

  /** Sends every due reminder once; overlapping ticks wait for the running one. */
  tick(): Promise<void> {
    this.ticking ??= this.runDue().finally(() => (this.ticking = undefined));
    return this.ticking;
  }

  private async runDue(): Promise<void> {
    const now = this.now();
    for (const s of await this.deps.store.schedules()) {
      if (s.status === "active" && now.getTime() > endOf(s.until)) {
        s.status = "finished";
        await this.deps.store.saveSchedule(s);
        continue;
      }
      if (!isDue(s, now)) continue;
      const next = nextRunAfter(s, now);
      s.runs += 1;
      if (next) s.nextAt = next;
      else s.status = "finished";
      await this.deps.store.saveSchedule(s);
      this.deps.log.info({ schedule: s.id, run: s.runs }, "sending a scheduled reminder");
      await this.deps.launch({ by: s.by, texts: s.texts, audience: s.audience, scheduleId: s.id }).catch((err) =>
        this.deps.log.error({ err, schedule: s.id }, "scheduled reminder failed"),
      );
    }
  }
}
