import { describe, it, expect } from "vitest";
import { unitWorld } from "../../support/unit-world.ts";
import { uploadedFile } from "../../support/upload-server.ts";

const alice = "alice@old.test";

describe("chat: a file shared without a command word", () => {
  const upload = uploadedFile("romeo@x.test\njuliet@y.test\n");

  it("outside a flow, a bare upload link starts an import and shows its preview", async () => {
    const w = unitWorld();
    const replies = (await w.chat.handle(alice, upload.url)).join("\n");
    expect(replies).toMatch(/^You shared a file: I'll import the contacts in it/);
    expect(replies).toMatch(/This is a list of addresses with 2 entries/);
    expect(replies).toMatch(/Where should I add these contacts/);
    expect(replies).not.toMatch(/didn't understand/);
  });

  it("outside a flow, a message the router marks as a shared file starts an import, whatever its link", async () => {
    const w = unitWorld();
    // An OMEMO-encrypted upload is no http(s) link: only the mark says it is a file.
    const replies = (await w.chat.handle(alice, "aesgcm://upload.old.test/abc/contacts.ctt#key", undefined, { sharedFile: true })).join("\n");
    expect(replies).toMatch(/^You shared a file/);
    expect(replies).toMatch(/encrypted/);
  });

  it("in the move flow's password step, a shared file is not taken as the password: the question comes again", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "old-pw");
    w.accounts.add("alice@new.test", "new-pw");
    await w.chat.handle(alice, "move");
    expect((await w.chat.handle(alice, "alice@new.test")).join("\n")).toMatch(/password of your new account/);
    for (const [text, kind] of [
      [upload.url, undefined],
      ["aesgcm://upload.old.test/abc/contacts.ctt#key", { sharedFile: true }],
    ] as const) {
      const refused = await w.chat.handle(alice, text, undefined, kind);
      expect(refused).toEqual([expect.stringMatching(/^You shared a file, but I'm waiting for your answer/), expect.stringMatching(/^The password of your new account/)]);
      expect(w.deps.secrets.has(`chat:${alice}`, "new-password")).toBe(false);
    }
    expect((await w.chat.handle(alice, "new-pw")).join("\n")).toMatch(/The password of this account, alice@old\.test/);
  });

  it("where a step asks for a file (import), a shared file is the answer as before", async () => {
    const w = unitWorld();
    await w.chat.handle(alice, "import");
    const replies = (await w.chat.handle(alice, upload.url, undefined, { sharedFile: true })).join("\n");
    expect(replies).toMatch(/This is a list of addresses with 2 entries/);
    expect(replies).not.toMatch(/You shared a file/);
  });
});
