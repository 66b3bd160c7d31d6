import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";

const alice = "alice@old.test";

describe("the backup's password step", () => {
  it("asks again after a wrong password, and after the third ends as every flow does, with the way back to `backup`", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "pw");
    expect((await w.chat.handle(alice, "backup")).join("\n")).toMatch(/password of this account, alice@old\.test/);
    for (let i = 0; i < 2; i++) {
      expect(await w.chat.handle(alice, "wrong")).toEqual([
        "The password for alice@old.test did not work. Please try again.",
        expect.stringMatching(/password of this account, alice@old\.test/),
      ]);
    }
    expect(await w.chat.handle(alice, "wrong")).toEqual(["That was the third wrong password, so I stopped for safety. Send *backup* to start again."]);
    expect(w.deps.secrets.size).toBe(0);
    // The flow has ended: the next message gets the menu.
    expect((await w.chat.handle(alice, "hi"))[0]).toMatch(/^Hi! I'm Ferry/);
  });

  it("says an unreachable server is unreachable, not a wrong password", async () => {
    const w = unitWorld(); // alice's account is not there: its server cannot be reached
    await w.chat.handle(alice, "backup");
    expect(await w.chat.handle(alice, "pw")).toEqual(["I could not reach your server. Please try again later."]);
  });
});
