import { describe, it, expect, vi, afterEach } from "vitest";
import { Pacer } from "../../../src/jobs/pacer.ts";

/** A clock that only moves when the pacer sleeps. */
function fakeClock() {
  const clock = { now: 1_000_000, sleeps: [] as number[] };
  const sleep = async (ms: number) => {
    clock.sleeps.push(ms);
    clock.now += ms;
  };
  return { clock, pacer: (rate: number) => new Pacer(rate, () => clock.now, sleep) };
}

afterEach(() => vi.useRealTimers());

describe("pacing one sender (FERRY_BROADCAST_RATE)", () => {
  it("lets N stanzas out at R per second in (N-1)/R seconds, the first one at once", async () => {
    const { clock, pacer } = fakeClock();
    const p = pacer(20);
    const start = clock.now;
    const sentAt: number[] = [];
    for (let i = 0; i < 41; i++) {
      await p.take();
      sentAt.push(clock.now - start);
    }
    expect(sentAt[0]).toBe(0);
    expect(clock.now - start).toBe(2000);
    // Evenly spaced, not bursts.
    expect(new Set(sentAt.slice(1).map((t, i) => t - sentAt[i]!))).toEqual(new Set([50]));
  });

  it("spaces callers that wait at the same time (the disco workers share one pacer)", async () => {
    vi.useFakeTimers();
    const p = new Pacer(4);
    const start = Date.now();
    const sentAt: number[] = [];
    const all = Promise.all(Array.from({ length: 9 }, () => p.take().then(() => sentAt.push(Date.now() - start))));
    await vi.advanceTimersByTimeAsync(10_000);
    await all;
    expect(sentAt).toEqual([0, 250, 500, 750, 1000, 1250, 1500, 1750, 2000]);
  });

  it("does not wait again after a pause longer than the spacing", async () => {
    const { clock, pacer } = fakeClock();
    const p = pacer(10);
    await p.take();
    clock.now += 5_000;
    await p.take();
    expect(clock.sleeps).toEqual([]);
  });

  it("never waits when unlimited (0)", async () => {
    const { clock, pacer } = fakeClock();
    const p = pacer(0);
    for (let i = 0; i < 1000; i++) await p.take();
    expect(clock.sleeps).toEqual([]);
  });
});
