import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createServer } from "node:net";
import { integrationWorld, BOT } from "../support/integration-world.ts";
import { ferryProcesses } from "../support/ferry-process.ts";
import { freePort } from "../../src/devserver/child-server.ts";
import { sample } from "../support/prometheus-text.ts";

type World = Awaited<ReturnType<typeof integrationWorld>>;

describe("metrics for Prometheus (FERRY_METRICS) on a real Prosody", () => {
  let w: World;
  const processes = ferryProcesses();
  beforeAll(async () => {
    w = await integrationWorld();
  });
  afterAll(async () => {
    processes.killAll();
    await w?.close();
  });

  it("serves /metrics in Prometheus text with the chat replies counted, and closes it when Ferry stops", async () => {
    const port = await freePort();
    // In this process: once Ferry has stopped, nothing else would close the port.
    await w.startBot({ FERRY_METRICS: `127.0.0.1:${port}` });
    const url = `http://127.0.0.1:${port}/metrics`;
    const before = await (await fetch(url)).text();
    expect(sample(before, 'ferry_replies_total{channel="chat"}')).toBeUndefined();

    const user = await w.user("watcher");
    expect((await user.say(BOT, "help"))[0]).toMatch(/^Hi!/);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(sample(text, 'ferry_replies_total{channel="chat"}')).toBeGreaterThan(0);
    expect(sample(text, 'ferry_reply_seconds_count{channel="chat"}')).toBeGreaterThan(0);
    expect(sample(text, 'ferry_jobs_running{kind="move"}')).toBe(0);
    expect(sample(text, 'ferry_moves{state="moved"}')).toBe(0);

    await w.stopBot();
    await expect(fetch(url)).rejects.toThrow();
  });

  it("refuses to start, naming FERRY_METRICS, when its port is taken", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const run = processes.start(w.env({ FERRY_METRICS: `127.0.0.1:${port}` }));
      expect(await run.exited).toBe(2);
      expect(run.output()).toMatch(new RegExp(`^ferry: FERRY_METRICS: cannot listen on 127\\.0\\.0\\.1:${port} \\(EADDRINUSE\\)$`, "m"));
    } finally {
      taken.close();
    }
  });
});
