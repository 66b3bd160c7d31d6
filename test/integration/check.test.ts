import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { integrationWorld, BOT } from "../support/integration-world.ts";
import { ferryProcesses } from "../support/ferry-process.ts";

/**
 * `ferry check` as an admin runs it before a shutdown: a child process with
 * the bot's settings, against a real Prosody (0.12: online-users list, no
 * registered-users list) where migrate@old.test is a server admin and
 * spare@old.test is not. closed.test takes no new accounts; down.test has a
 * service where nothing listens.
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

  /** `ferry check` with the world's settings and `extra`: its exit status, output, and the table's rows by label. */
  async function check(extra: Record<string, string>) {
    const run = processes.start(w.env({ FERRY_ADMINS: "boss@old.test", ...extra }), ["check", "--timeout", "5"]);
    const status = await run.exited;
    const lines = run.output().split("\n");
    const row = (label: string) => {
      const i = lines.findIndex((l) => new RegExp(`^  (ok|missing|unchecked) +${label.replace(/[."]/g, "\\$&")}  `).test(l));
      if (i < 0) throw new Error(`no "${label}" row in:\n${run.output()}`);
      const fix = lines[i + 1]!.match(/^ +fix: (.*)$/)?.[1];
      return { state: lines[i]!.trim().split(/ +/)[0], text: lines[i]!, fix };
    };
    return { status, output: run.output(), row, verdict: lines.filter(Boolean).at(-1) };
  }

  it("with the bot a server admin: every line ok but the registered-users list Prosody lacks, which says what to do; ready, status 0", async () => {
    const r = await check({ FERRY_PROVIDERS: "new.test" });
    expect(r.output).toMatch(/^Ferry check for migrate@old\.test\n/);
    for (const label of ["bot sign-in", "store writable", "Ferry admins", "server admin rights", "HTTP upload", "PEP", "provider new.test"]) {
      expect(r.row(label)).toMatchObject({ state: "ok", fix: undefined });
    }
    expect(r.row("server admin rights").text).toContain("old.test lets migrate@old.test run XEP-0133 admin commands");
    expect(r.row("HTTP upload").text).toContain("upload.old.test, files up to 16 MiB");
    expect(r.row("provider new.test").text).toContain("open for registration");
    const allUsers = r.row('"all users" reach');
    expect(allUsers.state).toBe("missing");
    expect(allUsers.text).toContain('"all users" reaches who is online and who Ferry knows of');
    expect(allUsers.fix).toContain("prosodyctl shell user list old.test");
    expect(r.verdict).toBe("Ready, with 1 warning: Ferry runs, but each missing line limits what it can do.");
    expect(r.status).toBe(0);
  });

  it("with a bot that is no server admin: the admin line says what to set, 'all users' whom it reaches; a closed and an unreachable provider are missing; still ready", async () => {
    const r = await check({
      FERRY_JID: "spare@old.test",
      FERRY_PASSWORD: "spare-pw",
      FERRY_PROVIDERS: "new.test,closed.test,down.test",
      FERRY_SERVICE_MAP: `${w.server.serviceMap},down.test=xmpp://127.0.0.1:1`,
    });
    const admin = r.row("server admin rights");
    expect(admin).toMatchObject({ state: "missing" });
    expect(admin.text).toContain("old.test offers spare@old.test no XEP-0133 admin command");
    expect(admin.fix).toContain('admins = { "spare@old.test" } and "admin_adhoc" in modules_enabled');
    const allUsers = r.row('"all users" reach');
    expect(allUsers.state).toBe("missing");
    expect(allUsers.text).toContain('"all users" reaches only who Ferry knows of');
    expect(allUsers.fix).toMatch(/^make the bot a server admin \(above\); to reach every account, broadcast to "a list"/);
    expect(r.row("provider new.test").state).toBe("ok");
    expect(r.row("provider closed.test")).toMatchObject({ state: "missing", fix: expect.stringContaining("allow_registration = true") });
    expect(r.row("provider closed.test").text).toContain("does not accept new accounts");
    expect(r.row("provider down.test")).toMatchObject({ state: "missing", fix: expect.stringContaining("FERRY_SERVICE_MAP") });
    expect(r.row("provider down.test").text).toContain("cannot be reached (ECONNREFUSED)");
    expect(r.verdict).toBe("Ready, with 4 warnings: Ferry runs, but each missing line limits what it can do.");
    expect(r.status).toBe(0);
  });

  it("a store nobody may write in, root included: not ready, status 1", async () => {
    const r = await check({ FERRY_STORE: "sqlite:///sys/ferry-check.sqlite" });
    const store = r.row("store writable");
    expect(store.state).toBe("missing");
    expect(store.text).toContain("sqlite:///sys/ferry-check.sqlite: SQLITE_CANTOPEN");
    expect(store.fix).toContain("FERRY_STORE must be a store Ferry can write");
    expect(r.row("bot sign-in").state).toBe("ok");
    expect(r.verdict).toBe("Not ready: store writable is missing; fix it first.");
    expect(r.status).toBe(1);
  });

  it("a refused password: not ready, status 1, the server's lines unchecked, and the password printed nowhere", async () => {
    const r = await check({ FERRY_PASSWORD: "wrong-bot-password" });
    expect(r.row("bot sign-in")).toMatchObject({ state: "missing", fix: expect.stringContaining("set FERRY_PASSWORD to the password of migrate@old.test") });
    for (const label of ["server admin rights", '"all users" reach', "HTTP upload", "PEP"]) expect(r.row(label).state).toBe("unchecked");
    expect(r.verdict).toBe("Not ready: bot sign-in is missing; fix it first. 4 lines could not be checked.");
    expect(r.output).not.toContain("wrong-bot-password");
    expect(r.status).toBe(1);
  });

  it("a server that cannot be reached: says where it tried, status 1", async () => {
    const r = await check({ FERRY_SERVICE: "xmpp://127.0.0.1:1" });
    const signIn = r.row("bot sign-in");
    expect(signIn.state).toBe("missing");
    expect(signIn.text).toContain("no server for old.test can be reached (ECONNREFUSED; tried xmpp://127.0.0.1:1)");
    expect(signIn.fix).toContain("FERRY_SERVICE");
    expect(r.status).toBe(1);
  });

  it("leaves a running Ferry online: its session is not replaced by the check's", async () => {
    await w.startBot();
    try {
      const before = w.logLines.length;
      expect((await check({})).row("bot sign-in").state).toBe("ok");
      const boss = await w.user("boss");
      await boss.sayUntil(BOT, "help", /move/);
      expect(w.logLines.slice(before).filter((l) => /"msg":"(offline|reconnecting)"/.test(l))).toEqual([]);
    } finally {
      await w.stopBot();
    }
  });
});
