import { describe, it, expect } from "vitest";
import { FerryMetrics } from "../../../src/metrics/ferry-metrics.ts";
import { serveMetrics } from "../../../src/metrics/metrics-server.ts";
import { createLogger } from "../../../src/log/logger.ts";
import { unitWorld } from "../../support/unit-world.ts";
import { sample } from "../../support/prometheus-text.ts";

const alice = "alice@old.test";
const target = "alice@new.test";

function fakeSources() {
  const reads = { count: 0 };
  return {
    reads,
    sources: {
      moves: async () => {
        reads.count += 1;
        return { states: { "in-progress": 2, moved: 5, failed: 1 }, contactsMoved: 321 };
      },
      jobsRunning: () => ({ move: 2, import: 0 }),
    },
  };
}

describe("Ferry's metrics", () => {
  it("count replies with their time, stanzas per server, jobs running, and the journal's moves and contacts", async () => {
    const metrics = new FerryMetrics(fakeSources().sources);
    metrics.replied("chat", 0.2);
    metrics.replied("chat", 0.03);
    metrics.replied("adhoc", 3);
    for (const server of ["new.test", "new.test", "old.test"]) metrics.stanzaSent(server);
    const { text } = await metrics.scrape();
    expect(sample(text, 'ferry_replies_total{channel="chat"}')).toBe(2);
    expect(sample(text, 'ferry_replies_total{channel="adhoc"}')).toBe(1);
    expect(sample(text, 'ferry_reply_seconds_bucket{le="0.05",channel="chat"}')).toBe(1);
    expect(sample(text, 'ferry_reply_seconds_bucket{le="+Inf",channel="chat"}')).toBe(2);
    expect(sample(text, 'ferry_reply_seconds_sum{channel="adhoc"}')).toBe(3);
    expect(sample(text, 'ferry_stanzas_sent_total{server="new.test"}')).toBe(2);
    expect(sample(text, 'ferry_stanzas_sent_total{server="old.test"}')).toBe(1);
    expect(sample(text, 'ferry_jobs_running{kind="move"}')).toBe(2);
    expect(sample(text, 'ferry_jobs_running{kind="import"}')).toBe(0);
    expect(sample(text, 'ferry_moves{state="moved"}')).toBe(5);
    expect(sample(text, 'ferry_moves{state="in-progress"}')).toBe(2);
    expect(sample(text, "ferry_contacts_moved_total")).toBe(321);
    // prom-client's process metrics come along.
    expect(sample(text, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
  });

  it("read the move journal once for both of its numbers, and again only after half a minute", async () => {
    let now = 1_000_000;
    const { sources, reads } = fakeSources();
    const metrics = new FerryMetrics(sources, () => now);
    await metrics.scrape();
    await metrics.scrape();
    expect(reads.count).toBe(1);
    now += 30_000;
    await metrics.scrape();
    expect(reads.count).toBe(2);
  });

  it("follow a move through Ferry as composed: replies, stanzas to the new server, the person moved and the contacts", async () => {
    const w = unitWorld({ metrics: true });
    w.accounts.add(alice, "old-pw", [
      { jid: "romeo@x.test", groups: [], subscription: "both" },
      { jid: "nurse@x.test", groups: [], subscription: "to" },
    ]);
    w.accounts.add(target, "new-pw");
    for (const answer of ["move", target, "new-pw", "old-pw", "yes", "no"]) await w.chat.handle(alice, answer);
    await w.untilNotice(/Your move to alice@new\.test is done/);
    const { text } = await w.metrics!.scrape();
    expect(sample(text, 'ferry_replies_total{channel="chat"}')).toBe(6);
    expect(sample(text, 'ferry_stanzas_sent_total{server="new.test"}')).toBeGreaterThan(0);
    expect(sample(text, 'ferry_moves{state="moved"}')).toBe(1);
    expect(sample(text, 'ferry_moves{state="in-progress"}')).toBe(0);
    expect(sample(text, "ferry_contacts_moved_total")).toBe(2);
  });

  it("are not kept when FERRY_METRICS is unset", () => {
    const w = unitWorld();
    expect(w.metrics).toBeUndefined();
    expect(w.deps.replied).toBeUndefined();
  });
});

describe("the metrics endpoint", () => {
  it("answers GET /metrics in Prometheus text format, anything else with 404, and stops", async () => {
    const metrics = new FerryMetrics(fakeSources().sources);
    metrics.replied("chat", 0.1);
    const server = await serveMetrics(metrics, { host: "127.0.0.1", port: 0 }, createLogger("silent"));
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(sample(await res.text(), 'ferry_replies_total{channel="chat"}')).toBe(1);
      expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(404);
    } finally {
      await server.close();
    }
    await expect(fetch(`http://127.0.0.1:${server.port}/metrics`)).rejects.toThrow();
  });
});
