import { describe, it, expect } from "vitest";
import { unitWorld } from "../../support/unit-world.ts";
import { COMMANDS } from "../../../flows/registry.ts";

/** Menu numbers follow the command list (admin-only commands are not shown to these users). */
const menuNumber = (id: string) => COMMANDS.filter((c) => !c.adminOnly).findIndex((c) => c.id === id) + 1;

const alice = "alice@old.test";

describe("chat conversations", () => {
  it("answers help and unknown text with the numbered menu", async () => {
    const w = unitWorld();
    const [menu] = await w.chat.handle(alice, "help");
    expect(menu).toMatch(/^Hi! I'm Ferry/);
    expect(menu).toContain(`${menuNumber("move")}. *move*`);
    expect(menu).toContain(`${menuNumber("language")}. *language*`);
    expect(menu).toContain(`${menuNumber("help")}. *help*`);
    const unknown = await w.chat.handle(alice, "fly me to the moon");
    expect(unknown[0]).toMatch(/didn't understand/);
    expect(unknown[1]).toBe(menu);
  });

  it("answers in the language of the message's xml:lang", async () => {
    const w = unitWorld();
    const [menu] = await w.chat.handle(alice, "hilfe", "de-AT");
    expect(menu).toMatch(/^Hallo! Ich bin Ferry/);
  });

  it("understands a command word of any offered language when the client announces none", async () => {
    const w = unitWorld();
    const start = await w.chat.handle(alice, "umziehen");
    expect(start.join("\n")).toMatch(/move your account alice@old\.test/);
  });

  it("switches language by code, by number and by the language's own name, and remembers it", async () => {
    const w = unitWorld();
    expect(await w.chat.handle(alice, "language de")).toEqual(["Gut, ab jetzt schreibe ich Deutsch mit dir."]);
    // The saved choice beats the client's xml:lang.
    expect((await w.chat.handle(alice, "help", "en"))[0]).toMatch(/^Hallo!/);
    const ask = await w.chat.handle(alice, "sprache");
    expect(ask.join("\n")).toMatch(/In welcher Sprache/);
    const position = (code: string) => w.catalog.offered.indexOf(code) + 1;
    expect(ask.join("\n")).toContain(`${position("en")}. English`);
    expect(ask.join("\n")).toContain(`${position("ru")}. Русский`);
    expect(await w.chat.handle(alice, "English")).toEqual(["OK, I'll speak English with you from now on."]);
    await w.chat.handle(alice, "language");
    expect(await w.chat.handle(alice, String(position("de")))).toEqual(["Gut, ab jetzt schreibe ich Deutsch mit dir."]);
  });

  it("re-asks with a clear error on an invalid choice, and leaves the flow on cancel", async () => {
    const w = unitWorld();
    await w.chat.handle(alice, "language");
    const bad = await w.chat.handle(alice, "klingon");
    expect(bad[0]).toContain(`number from 1 to ${w.catalog.offered.length}`);
    expect(bad[1]).toMatch(/Which language/);
    expect(await w.chat.handle(alice, "cancel")).toEqual([expect.stringMatching(/^Cancelled/)]);
    // Out of the flow, a number is a menu item again, not an answer to the old question.
    expect((await w.chat.handle(alice, String(menuNumber("language"))))[0]).toMatch(/^Which language/);
  });

  it("continues a flow after a restart from the stored snapshot", async () => {
    const w = unitWorld();
    await w.chat.handle(alice, "language");
    w.restart();
    expect(await w.chat.handle(alice, "de")).toEqual(["Gut, ab jetzt schreibe ich Deutsch mit dir."]);
  });

  it("drops a conversation saved by an incompatible version with an apology", async () => {
    const w = unitWorld();
    await w.chat.handle(alice, "language");
    const key = "session:" + alice;
    const saved = (await w.store.get(key)) as { version: number };
    await w.store.set(key, { ...saved, version: saved.version + 99 });
    const out = await w.chat.handle(alice, "de");
    expect(out[0]).toMatch(/could not continue our last conversation/);
    expect(await w.store.get(key)).toBeUndefined();
  });

  it("handles one user's messages in order while another user is answered", async () => {
    const w = unitWorld();
    const results = await Promise.all([w.chat.handle(alice, "language"), w.chat.handle(alice, "de"), w.chat.handle("bob@old.test", "help")]);
    expect(results[1]).toEqual(["Gut, ab jetzt schreibe ich Deutsch mit dir."]);
    expect(results[2][0]).toMatch(/^Hi!/);
  });
});
