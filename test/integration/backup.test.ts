import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { xml } from "@xmpp/client";
import { integrationWorld, BOT, type World } from "../support/integration-world.ts";
import { serverKinds } from "../support/test-servers.ts";
import { seedRoster } from "../support/seed-roster.ts";
import { XmppUser } from "../support/xmpp-user.ts";
import { parseImport } from "../../src/importers/parse-import.ts";

describe.each(serverKinds())("backup: the account as a XEP-0227 file through HTTP upload (real %s)", (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await integrationWorld({ kind, upload: true });
    await w.startBot();
  });
  afterAll(async () => w?.close());

  it("hands the user a link to a XEP-0227 file with their roster and vCard, and no password", async () => {
    await w.server.register("fred", "old.test", "fred-old-pw");
    await seedRoster(w.server, "fred", "old.test", [
      { jid: "ann@old.test", name: "Ann & Co <3", groups: ["Friends", "Work"], subscription: "both" },
      { jid: "ben@new.test", groups: [], subscription: "to" },
    ]);
    const fred = await XmppUser.connect(w.server.service, "fred@old.test", "fred-old-pw");
    await fred.iq("set", "fred@old.test", xml("vCard", { xmlns: "vcard-temp" }, xml("FN", {}, "Fred Astaire")));
    expect(await fred.sayUntil(BOT, "backup", /Which message history/)).toMatch(/XEP-0227/);
    await fred.sayUntil(BOT, "none", /password of this account/);
    await fred.sayUntil(BOT, "fred-old-pw", /another server/);
    await fred.sayUntil(BOT, "no", /runs in the background/);
    const ready = await fred.waitForReply(BOT, /Here is your backup|could not|no file upload/);
    expect(ready).toMatch(/Here is your backup \(2 contacts/);
    const url = /(http:\/\/\S+)/.exec(ready)![1]!;
    const file = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const text = new TextDecoder().decode(file);
    expect(text).toContain("Fred Astaire");
    expect(text).not.toContain("fred-old-pw");
    // The file is what the import side reads back (a restore into a new account).
    const parsed = parseImport(file);
    expect(parsed.format).toBe("xep0227");
    const ann = parsed.entries.find((e) => e.address === "ann@old.test")!;
    expect(ann.name).toBe("Ann & Co <3");
    expect([...ann.groups].sort()).toEqual(["Friends", "Work"]);
    await fred.stop();
  });

  it("says so when the server offers no file upload", async () => {
    const plain = await integrationWorld({ kind });
    try {
      await plain.startBot();
      await plain.server.register("gus", "old.test", "gus-pw");
      const gus = await XmppUser.connect(plain.server.service, "gus@old.test", "gus-pw");
      await gus.sayUntil(BOT, "backup", /Which message history/);
      await gus.sayUntil(BOT, "all", /password of this account/);
      await gus.sayUntil(BOT, "gus-pw", /another server/);
      await gus.sayUntil(BOT, "no", /runs in the background/);
      expect(await gus.waitForReply(BOT, /no file upload/)).toMatch(/Your server offers no file upload \(XEP-0363\)/);
      await gus.stop();
    } finally {
      await plain.close();
    }
  });
});
