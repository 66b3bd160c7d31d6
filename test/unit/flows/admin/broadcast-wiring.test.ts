import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";

const BOSS = "boss@old.test";

describe("a broadcast through the bot's own wiring (composeFerry)", () => {
  it("reaches everyone who wrote to the bot, and the admin gets the report", async () => {
    const w = unitWorld({ admins: [BOSS] });
    await w.chat.handle("anna@old.test", "help");
    await w.chat.handle("bob@old.test", "help");
    for (const answer of ["broadcast", "Server old.test closes on 1 June.", "skip", "1", "skip"]) await w.chat.handle(BOSS, answer);
    expect((await w.chat.handle(BOSS, "yes")).join("\n")).toMatch(/Sending to/);
    // The report waits a few seconds for error bounces first.
    for (let i = 0; i < 100 && !w.notices.some((n) => n.user === BOSS && /Broadcast finished/.test(n.text)); i++) await new Promise((r) => setTimeout(r, 100));
    expect(w.notices.find((n) => n.user === BOSS && /Broadcast finished/.test(n.text))?.text).toMatch(/^Broadcast finished: 3 of 3 sent, 0 failed/);
    const notices = w.bot.sent.filter((s) => s.is("message") && /closes on 1 June/.test(s.getChildText("body") ?? ""));
    expect(notices.map((s) => s.attrs.to).sort()).toEqual(["anna@old.test", "bob@old.test", BOSS]);
  });
});
