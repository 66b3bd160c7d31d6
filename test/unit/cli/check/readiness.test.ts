import { describe, it, expect } from "vitest";
import { readinessLines, verdictOf, type Findings } from "../../../../src/cli/check/readiness.ts";
import { renderReadiness } from "../../../../src/cli/check/readiness-table.ts";
import { ONLINE_USERS_NODE, REGISTERED_USERS_NODE } from "../../../../src/protocol/account/server-admin.ts";

const BOT = "migrate@old.test";
const ANNOUNCE = "http://jabber.org/protocol/admin#announce";
const ok = <T>(value: T) => ({ ok: true as const, value });
const failed = (detail: string) => ({ ok: false as const, detail });

/** A server where the bot is an admin with both XEP-0133 lists, upload and PEP; one open provider. */
function findings(change: Partial<Findings> = {}): Findings {
  return {
    bot: BOT,
    admins: ["boss@old.test"],
    signIn: { ok: true },
    server: {
      commands: ok(new Set([ANNOUNCE, ONLINE_USERS_NODE, REGISTERED_USERS_NODE])),
      upload: ok({ jid: "upload.old.test", maxFileSize: 16 * 1024 * 1024 }),
      pep: ok(true),
    },
    providers: [{ domain: "new.test", registration: ok("open" as const) }],
    store: { url: "sqlite://./data/ferry.sqlite", writable: ok(undefined) },
    ...change,
  };
}

const server = (change: Partial<NonNullable<Findings["server"]>>) => ({ server: { ...findings().server!, ...change } });
const lineOf = (f: Findings, id: string, subject?: string) =>
  readinessLines(f).find((l) => l.id === id && (subject === undefined || l.params.provider === subject))!;

describe("ferry check's decisions", () => {
  it("a server that gives the bot everything: every line ok, ready without warnings", () => {
    const lines = readinessLines(findings());
    expect(lines.map((l) => [l.id, l.state, l.case])).toEqual([
      ["sign-in", "ok", "signed-in"],
      ["store", "ok", "writable"],
      ["ferry-admins", "ok", "set"],
      ["server-admin", "ok", "admin"],
      ["user-lists", "ok", "every-account"],
      ["upload", "ok", "offered-up-to"],
      ["pep", "ok", "offered"],
      ["provider", "ok", "open"],
    ]);
    expect(verdictOf(lines)).toMatchObject({ ready: true, blocking: [], warnings: [], unchecked: [] });
  });

  it("decides whom 'all users' reaches from the lists the server offers, as the broadcast does", () => {
    const reach = (commands: string[]) => lineOf(findings(server({ commands: ok(new Set(commands)) })), "user-lists");
    expect(reach([ANNOUNCE, ONLINE_USERS_NODE])).toMatchObject({ state: "missing", case: "known-and-online" });
    expect(reach([])).toMatchObject({ state: "missing", case: "known" });
    expect(reach([REGISTERED_USERS_NODE])).toMatchObject({ state: "ok", case: "every-account" });
  });

  it("counts the bot a server admin when the server offers it any XEP-0133 command", () => {
    const admin = (commands: string[]) => lineOf(findings(server({ commands: ok(new Set(commands)) })), "server-admin").state;
    expect(admin([ANNOUNCE])).toBe("ok");
    expect(admin(["urn:xmpp:ping", "http://jabber.org/protocol/commands#list"])).toBe("missing");
  });

  it("a missing sign-in or store makes Ferry not ready; everything else is a warning", () => {
    const notAdmin = findings({ ...server({ commands: ok(new Set<string>()), upload: ok(undefined), pep: ok(false) }), admins: [] });
    const warned = verdictOf(readinessLines(notAdmin));
    expect(warned.ready).toBe(true);
    expect(warned.warnings.map((l) => l.id)).toEqual(["ferry-admins", "server-admin", "user-lists", "upload", "pep"]);

    const noStore = verdictOf(readinessLines(findings({ store: { url: "sqlite:///sys/x.sqlite", writable: failed("SQLITE_CANTOPEN") } })));
    expect([noStore.ready, noStore.blocking.map((l) => l.id)]).toEqual([false, ["store"]]);
  });

  it("without a sign-in the server's lines are unchecked, not missing, and the providers and store are still checked", () => {
    const f = findings({ signIn: { ok: false, reason: "not-authorized", detail: "not-authorized", tried: ["xmpp://old.test"] }, server: undefined });
    const lines = readinessLines(f);
    expect(lines.filter((l) => l.state === "unchecked").map((l) => l.id)).toEqual(["server-admin", "user-lists", "upload", "pep"]);
    const v = verdictOf(lines);
    expect([v.ready, v.blocking.map((l) => l.case), v.warnings, v.unchecked.length]).toEqual([false, ["not-authorized"], [], 4]);
  });

  it("a server that does not answer one question: that line is missing with the reason", () => {
    expect(lineOf(findings(server({ pep: failed("no answer within 10 s") })), "pep")).toMatchObject({ state: "missing", case: "no-answer", params: { detail: "no answer within 10 s" } });
  });

  it("providers: open and web sign-ups are ok, closed and unreachable ones missing; none set is ok", () => {
    const f = findings({
      providers: [
        { domain: "web.test", registration: ok("web" as const) },
        { domain: "closed.test", registration: ok("closed" as const) },
        { domain: "down.test", registration: failed("ECONNREFUSED") },
      ],
    });
    expect(readinessLines(f).filter((l) => l.id === "provider").map((l) => [l.params.provider, l.state, l.case])).toEqual([
      ["web.test", "ok", "web"],
      ["closed.test", "missing", "closed"],
      ["down.test", "missing", "unreachable"],
    ]);
    expect(lineOf(findings({ providers: [] }), "provider")).toMatchObject({ state: "ok", case: "none-set" });
  });
});

describe("ferry check's table", () => {
  it("aligns state, label and finding, puts the fix under each missing line, and ends with the verdict", () => {
    const f = findings({ ...server({ commands: ok(new Set([ANNOUNCE, ONLINE_USERS_NODE])) }), providers: [{ domain: "down.test", registration: failed("ECONNREFUSED") }] });
    const lines = readinessLines(f);
    expect(renderReadiness(BOT, lines, verdictOf(lines))).toBe(`Ferry check for migrate@old.test

  ok       bot sign-in          as migrate@old.test
  ok       store writable       sqlite://./data/ferry.sqlite
  ok       Ferry admins         boss@old.test
  ok       server admin rights  old.test lets migrate@old.test run XEP-0133 admin commands
  missing  "all users" reach    no registered-users list: "all users" reaches who is online and who Ferry knows of (in the bot's roster, with a move, or who wrote to the bot)
                                fix: to reach every account, broadcast to "a list" and paste or share every address: Prosody: prosodyctl shell user list old.test; ejabberd: ejabberdctl registered_users old.test
  ok       HTTP upload          upload.old.test, files up to 16 MiB
  ok       PEP                  accounts of old.test have PEP (XEP-0163)
  missing  provider down.test   cannot be reached (ECONNREFUSED)
                                fix: check down.test in FERRY_SERVICE_MAP or its DNS records, and that its server runs; or take it out of FERRY_PROVIDERS

Ready, with 2 warnings: Ferry runs, but each missing line limits what it can do.
`);
  });

  it("words every case the decisions can reach, with a fix for each missing one", () => {
    const everyCase: Findings[] = [
      findings({ signIn: { ok: false, reason: "unreachable", detail: "ECONNREFUSED", tried: ["xmpp://old.test"] }, server: undefined, admins: [], providers: [] }),
      findings({ signIn: { ok: false, reason: "other", detail: "host-unknown", tried: [] }, server: undefined }),
      findings({ store: { url: "redis://…@db", writable: failed("ECONNREFUSED") }, ...server({ commands: failed("x"), upload: failed("x"), pep: failed("x") }) }),
      findings({ ...server({ commands: ok(new Set<string>()), upload: ok(undefined), pep: ok(false) }) }),
      findings({ ...server({ upload: ok({ jid: "upload.old.test" }) }), providers: [{ domain: "web.test", registration: ok("web" as const) }, { domain: "c.test", registration: ok("closed" as const) }] }),
    ];
    for (const f of everyCase) {
      const lines = readinessLines(f);
      const table = renderReadiness(BOT, lines, verdictOf(lines));
      const missing = lines.filter((l) => l.state === "missing").length;
      expect(table.match(/^ +fix: \S/gm)?.length ?? 0).toBe(missing);
      expect(table).not.toMatch(/undefined/);
    }
  });

  it("names what blocks, and how many lines could not be checked", () => {
    const lines = readinessLines(
      findings({ signIn: { ok: false, reason: "not-authorized", detail: "not-authorized", tried: [] }, server: undefined, store: { url: "sqlite://x", writable: failed("EACCES") } }),
    );
    expect(renderReadiness(BOT, lines, verdictOf(lines)).trimEnd().split("\n").at(-1)).toBe(
      "Not ready: bot sign-in and store writable are missing; fix them first. 4 lines could not be checked.",
    );
  });
});
