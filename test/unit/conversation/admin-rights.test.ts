import { describe, it, expect } from "vitest";
import { Writable } from "node:stream";
import { unitWorld } from "../../support/unit-world.ts";
import { ChatConversations } from "../../../src/conversation/chat-conversations.ts";
import { SessionStore } from "../../../src/conversation/session-store.ts";
import { createLogger } from "../../../src/log/logger.ts";
import { COMMANDS } from "../../../flows/registry.ts";
import type { CommandDef } from "../../../src/conversation/commands.ts";

const BOSS = "boss@old.test";

/**
 * The chat engine with the broadcast flow, over one store: `engine(admins)` is
 * the bot started with that FERRY_ADMINS. Warnings it logs land in `logged`.
 */
function adminWorld() {
  const w = unitWorld();
  const logged: { msg: string; user?: string; command?: string }[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logged.push(...String(chunk).split("\n").filter(Boolean).map((l) => JSON.parse(l)));
      done();
    },
  });
  const engine = (admins: string[], commands: CommandDef[] = COMMANDS) =>
    new ChatConversations({ ...w.deps, commands, admins: new Set(admins), log: createLogger("warn", sink) }, new SessionStore(w.store));
  return { engine, logged };
}

describe("admin rights are checked on every message", () => {
  it("an admin removed from FERRY_ADMINS mid-broadcast is answered as any user, and the broadcast is gone", async () => {
    const { engine } = adminWorld();
    expect((await engine([BOSS]).handle(BOSS, "broadcast")).join("\n")).toMatch(/The notice in English/);

    const demoted = engine([]);
    const answer = await demoted.handle(BOSS, "Server old.test closes on 1 June.");
    const asAnyUser = await engine([]).handle("someone@old.test", "Server old.test closes on 1 June.");
    expect(answer).toEqual(asAnyUser);
    expect(answer[0]).toMatch(/didn't understand/);
    expect(answer.join("\n")).not.toMatch(/broadcast|stats|updated/);
    // Nothing is left to continue or cancel.
    expect(await demoted.handle(BOSS, "cancel")).toEqual([expect.stringMatching(/^There is nothing to cancel/)]);
  });

  it("cancel from a removed admin finds nothing to cancel, as for anyone", async () => {
    const { engine } = adminWorld();
    await engine([BOSS]).handle(BOSS, "broadcast");
    expect(await engine([]).handle(BOSS, "cancel")).toEqual([expect.stringMatching(/^There is nothing to cancel/)]);
  });

  it("an admin still in FERRY_ADMINS carries on after a restart", async () => {
    const { engine } = adminWorld();
    await engine([BOSS]).handle(BOSS, "broadcast");
    expect((await engine([BOSS]).handle(BOSS, "Server old.test closes on 1 June.")).join("\n")).not.toMatch(/didn't understand/);
  });
});

describe("refused admin commands in the log", () => {
  it("a number in Arabic-Indic digits is never logged as an admin attempt, as ASCII numbers are not", async () => {
    const { engine, logged } = adminWorld();
    // With the full command list every number of the admin part is also an item of a user's menu;
    // a user menu shorter than the admin commands shows what the log does with the rest.
    const chat = engine([], [{ id: "help" }, { id: "broadcast", adminOnly: true, flow: "broadcast" }, { id: "stats", adminOnly: true }]);
    for (const text of ["2", "٢", "۲", "stats"]) await chat.handle("mallory@old.test", text);
    expect(logged.filter((l) => l.msg === "admin command refused").map((l) => l.command)).toEqual(["stats"]);
  });
});
