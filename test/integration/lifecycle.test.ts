import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { integrationWorld, BOT, BOT_PASSWORD } from "../support/integration-world.ts";
import { runFerry } from "../support/ferry-process.ts";
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

type World = Awaited<ReturnType<typeof integrationWorld>>;
describe("Ferry's life cycle on a real Prosody", () => {
  let w: World;
  beforeAll(async () => {
    w = await integrationWorld();
  });
  afterAll(async () => w?.close());

  it("comes back online after the server restarts, and answers again", async () => {
    await w.startBot();
    await w.server.restart();
    const user = await w.user("after-restart");
    // Backoff starts at 1 s; the bot must be back well within the test's patience.
    await expect
      .poll(async () => (await user.say(BOT, "help", { timeoutMs: 1000 }).catch(() => []))[0] ?? "", { timeout: 20_000, interval: 500 })
      .toMatch(/^Hi!/);
    expect(w.logLines.some((l) => l.includes('"msg":"reconnecting"'))).toBe(true);
    await w.stopBot();
  });

  it("stops with a clear line instead of retrying when the password is wrong", async () => {
    const run = runFerry(w.env({ FERRY_PASSWORD: "wrong-password" }));
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/ferry: cannot sign in as migrate@old\.test at xmpp:\/\/127\.0\.0\.1:\d+: not-authorized/);
    expect(run.output()).not.toContain("wrong-password");
  });

  it("refuses to start on a missing or invalid setting, naming it", async () => {
    const missing = runFerry({ FERRY_PASSWORD: "x" });
    expect(await missing.exited).toBe(2);
    expect(missing.output().trim()).toBe("ferry: FERRY_JID: missing: the bot's own XMPP address, e.g. migrate@old.example");
    const bad = runFerry(w.env({ FERRY_SERVICE_MAP: "old.test=http://nope" }));
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toMatch(/^ferry: FERRY_SERVICE_MAP: "old.test=http:\/\/nope" is not domain=xmpp:\/\/host:port/);
    // A well-formed tag with no catalogue under locales/ is just as bad a setting.
    const noCatalogue = runFerry(w.env({ FERRY_LOCALE: "it" }));
    expect(await noCatalogue.exited).toBe(2);
    expect(noCatalogue.output()).toMatch(/^ferry: FERRY_LOCALE: no catalogue for "it" under locales\/ \(have ar, de, en, /);
    expect(noCatalogue.output().trim().split("\n")).toHaveLength(1);
  });

  it("says the store could not be opened, not that it could not sign in", async () => {
    const run = runFerry(w.env({ FERRY_STORE: "sqlite:///dev/null/ferry.sqlite" }));
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/^ferry: FERRY_STORE: cannot open the store: /);
    expect(run.output()).not.toMatch(/sign in/);
  });

  it("shuts down cleanly on SIGTERM with the conversation stored, and continues it on the next start", async () => {
    const user = await w.user("sigterm");
    const first = runFerry(w.env());
    await first.waitForOutput(/"msg":"online"/);
    expect((await user.say(BOT, "language"))[0]).toMatch(/Which language/);
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/"msg":"stopped"/);
    // Secrets never reach the log, whatever the level.
    expect(first.output()).not.toContain(BOT_PASSWORD);

    const second = runFerry(w.env());
    await second.waitForOutput(/"msg":"online"/);
    expect(await user.say(BOT, "Deutsch")).toEqual(["Gut, ab jetzt schreibe ich Deutsch mit dir."]);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  });

  it("gives up with a clear line when the account is refused during a reconnect", async () => {
    await w.server.register("spare", "old.test", "spare-pw");
    const run = runFerry(w.env({ FERRY_JID: "spare@old.test", FERRY_PASSWORD: "spare-pw" }));
    await run.waitForOutput(/"msg":"online"/);
    // The account disappears while the bot is connected; the next sign-in can never work.
    await execFileAsync("prosodyctl", ["--config", w.server.configFile, "deluser", "spare@old.test"]);
    await w.server.restart();
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/"level":60.*"condition":"not-authorized".*"msg":"permanent connection error: giving up"/);
  });
});
