import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";

const alice = "alice@old.test";

describe("the backup's password step", () => {
  it("asks again after a wrong password, and after the third ends as every flow does, with the way back to `backup`", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "pw");
    expect((await w.chat.handle(alice, "backup")).join("\n")).toMatch(/Which message history should the file include\?/);
    expect((await w.chat.handle(alice, "all")).join("\n")).toMatch(/password of this account, alice@old\.test/);
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
    await w.chat.handle(alice, "none");
    expect(await w.chat.handle(alice, "pw")).toEqual(["I could not reach your server. Please try again later."]);
  });
});

describe("the backup's history question", () => {
  it("offers all history, the last 12, 6, 3 or 1 months, or none, as numbered choices", async () => {
    const w = unitWorld();
    const asked = (await w.chat.handle(alice, "backup")).join("\n");
    for (const option of ["All of it", "The last 12 months", "The last 6 months", "The last 3 months", "The last month", "None (contacts, profile and saved data only)"]) {
      expect(asked).toContain(option);
    }
    expect(await w.chat.handle(alice, "twice")).toEqual([expect.stringMatching(/number/i), expect.stringMatching(/Which message history/)]);
  });

  it("runs in the background: the conversation ends at once, the result comes as a message, and a second backup waits for the first", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "pw");
    let release = () => undefined as void;
    w.accounts.holdIqs.set(alice, new Promise<void>((r) => (release = r)));
    const backup = async () => {
      await w.chat.handle(alice, "backup");
      await w.chat.handle(alice, "3");
      expect((await w.chat.handle(alice, "pw")).join("\n")).toMatch(/also put the file on another server/);
      return w.chat.handle(alice, "no");
    };
    expect(await backup()).toEqual([expect.stringMatching(/runs in the background: I'll send you the download link here in chat/)]);
    expect(await backup()).toEqual(["Your backup is already being made. I'll send you the link when it is ready."]);
    release();
    // The fake server answers no disco query, so the first backup ends without an upload service, and says so.
    await expect.poll(() => w.notices.map((n) => n.text)).toEqual([expect.stringMatching(/could not be uploaded|no file upload/)]);
    // Once the first has closed its sessions (just after its message), a new one starts.
    await expect.poll(backup).toEqual([expect.stringMatching(/runs in the background/)]);
  });
});

describe("a backup that survives the shutdown", () => {
  it("offers the move's new account as a second server, checks its password like any other, and asks another address when told", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "pw");
    w.accounts.add("alice@new.test", "new-pw");
    // Alice has moved to alice@new.test.
    await w.store.set("job:" + alice, { user: alice, target: "alice@new.test", status: "done", contacts: [], skipped: [] });
    await w.chat.handle(alice, "backup");
    await w.chat.handle(alice, "none");
    const asked = (await w.chat.handle(alice, "pw")).join("\n");
    expect(asked).toMatch(/1\. yes, through your new account \(alice@new\.test\)/);
    expect(asked).toMatch(/2\. yes, through another account of yours/);
    expect((await w.chat.handle(alice, "1")).join("\n")).toMatch(/The password of alice@new\.test/);
    expect(await w.chat.handle(alice, "wrong")).toEqual(["The password for alice@new.test did not work. Please try again.", expect.stringMatching(/The password of alice@new\.test/)]);
    expect(await w.chat.handle(alice, "new-pw")).toEqual([expect.stringMatching(/runs in the background/)]);
    // Neither fake server has an upload service: both are tried, and the user hears why there is no file.
    await expect.poll(() => w.notices.map((n) => n.text)).toEqual([expect.stringMatching(/I could not put a copy on new\.test: it offers no file upload/), expect.stringMatching(/no file upload/)]);
    expect(w.deps.secrets.size).toBe(0);

    await w.chat.handle(alice, "backup");
    await w.chat.handle(alice, "none");
    await w.chat.handle(alice, "pw");
    expect((await w.chat.handle(alice, "2")).join("\n")).toMatch(/The address of that account/);
    expect((await w.chat.handle(alice, "bob@elsewhere.test")).join("\n")).toMatch(/The password of bob@elsewhere\.test/);
  });
});
