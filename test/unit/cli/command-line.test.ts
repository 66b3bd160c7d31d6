import { describe, it, expect } from "vitest";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readCommandLine } from "../../../src/cli/command-line.ts";

const ROOT = join(import.meta.dirname, "../../..");

/** `ferry ARGS` as an operator runs it: its exit status and both outputs. No FERRY_* settings, so nothing may start. */
function ferry(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [join(ROOT, "bin/ferry.js"), ...args], { env: { PATH: process.env.PATH }, timeout: 15_000 }, (_err, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

/** A mistake: status 2, one line naming it, then the usage that applies, and no stack trace. */
function expectMistake(r: Awaited<ReturnType<typeof ferry>>, line: string, usage: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  const [first, blank, ...more] = r.stderr.split("\n");
  expect([first, blank]).toEqual([line, ""]);
  expect(more.join("\n")).toMatch(usage);
  expect(r.stderr).not.toMatch(/^\s+at |Error|node:internal/m);
}

describe("the ferry command line", () => {
  it("--help lists the commands and options on stdout and exits 0", async () => {
    const r = await ferry("--help");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/^Usage: ferry \[COMMAND\]/);
    for (const command of ["run", "check", "demo", "say"]) expect(r.stdout).toMatch(new RegExp(`^  ${command} +\\S`, "m"));
    for (const option of ["-h, --help", "-V, --version"]) expect(r.stdout).toContain(option);
  });

  it("say to a server that cannot be reached prints one line and exits 1, never a stack trace", async () => {
    const r = await ferry("say", "--service", "xmpp://127.0.0.1:1", "alice@old.test", "pw", "help");
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(r.stderr).toBe("ferry say: cannot sign in as alice@old.test at xmpp://127.0.0.1:1: ECONNREFUSED\n");
  });

  it("say --help shows say's usage and options, and connects nowhere", async () => {
    const r = await ferry("say", "--help");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/^Usage: ferry say \[options\] USER@DOMAIN PASSWORD MESSAGE\.\.\./);
    for (const option of ["--service URL", "--to JID", "--lang CODE", "--wait SECONDS", "-h, --help"]) expect(r.stdout).toContain(option);
  });

  it("check --help shows check's usage, its exit statuses and options, and connects nowhere", async () => {
    const r = await ferry("check", "--help");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/^Usage: ferry check \[options\]/);
    expect(r.stdout).toContain("Exit status: 0 ready");
    for (const option of ["--timeout SECONDS", "-h, --help"]) expect(r.stdout).toContain(option);
  });

  it("check without the bot's settings: one line naming the setting, status 2, as ferry itself", async () => {
    const r = await ferry("check");
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe("ferry check: FERRY_JID: missing: the bot's own XMPP address, e.g. migrate@old.example\n");
  });

  it("--version prints the version in package.json", async () => {
    const r = await ferry("--version");
    expect([r.code, r.stdout, r.stderr]).toEqual([0, `${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}\n`, ""]);
  });

  it("an unknown command gets one line and the usage, status 2", async () => {
    expectMistake(await ferry("sail"), 'ferry: unknown command "sail"', /^Usage: ferry \[COMMAND\]/);
  });

  it("an unknown option gets one line and the command's usage, status 2", async () => {
    expectMistake(await ferry("say", "--bogus", "alice@old.test", "pw", "help"), 'ferry say: unknown option "--bogus"', /^Usage: ferry say /);
  });

  it("reads every command's help, and catches what would otherwise fail later", () => {
    for (const command of ["run", "check", "demo", "say"]) expect(readCommandLine([command, "-h"])).toMatchObject({ kind: "help", text: expect.stringMatching(`^Usage: ferry ${command}`) });
    expect(readCommandLine([])).toEqual({ kind: "run" });
    expect(readCommandLine(["-V"])).toEqual({ kind: "version" });
    expect(readCommandLine(["run", "now"])).toMatchObject({ kind: "mistake", line: 'ferry run: unexpected argument "now"' });
    expect(readCommandLine(["check"])).toEqual({ kind: "check", check: { timeoutSeconds: 10 } });
    expect(readCommandLine(["check", "--timeout", "2.5"])).toEqual({ kind: "check", check: { timeoutSeconds: 2.5 } });
    expect(readCommandLine(["check", "--timeout", "0"])).toMatchObject({ kind: "mistake", line: 'ferry check: --timeout needs a number of seconds above 0, not "0"' });
    expect(readCommandLine(["check", "now"])).toMatchObject({ kind: "mistake", line: 'ferry check: unexpected argument "now"', usage: expect.stringMatching(/^Usage: ferry check/) });
    expect(readCommandLine(["say", "--service"])).toMatchObject({ kind: "mistake", line: 'ferry say: option "--service" needs a value' });
    expect(readCommandLine(["say", "alice", "pw", "help"])).toMatchObject({ kind: "mistake", line: 'ferry say: "alice" is not USER@DOMAIN' });
    expect(readCommandLine(["say", "--wait", "soon", "alice@old.test", "pw", "help"])).toMatchObject({ kind: "mistake", line: 'ferry say: --wait needs a number of seconds, not "soon"' });
    expect(readCommandLine(["say", "--to", "bot@old.test", "alice@old.test", "pw", "--", "--help", "me"])).toEqual({
      kind: "say",
      say: { jid: "alice@old.test", password: "pw", message: "--help me", to: "bot@old.test", service: undefined, lang: undefined, waitSeconds: 3 },
    });
  });
});
