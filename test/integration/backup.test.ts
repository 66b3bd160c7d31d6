import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { xml } from "@xmpp/client";
import { integrationWorld, BOT } from "../support/integration-world.ts";
import { seedRoster } from "../../src/devserver/seed-roster.ts";
import { XmppUser } from "../support/xmpp-user.ts";
import { parseImport } from "../../src/importers/parse-import.ts";

type World = Awaited<ReturnType<typeof integrationWorld>>;

describe("backup: the account as a XEP-0227 file through HTTP upload (real Prosody)", () => {
  let w: World;
  beforeAll(async () => {
    w = await integrationWorld({ upload: true });
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
    expect(await fred.sayUntil(BOT, "backup", /password of this account/)).toMatch(/XEP-0227/);
    const ready = await fred.sayUntil(BOT, "fred-old-pw", /Here is your backup|could not|no file upload/);
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
    const plain = await integrationWorld();
    try {
      await plain.startBot();
      await plain.server.register("gus", "old.test", "gus-pw");
      const gus = await XmppUser.connect(plain.server.service, "gus@old.test", "gus-pw");
      await gus.sayUntil(BOT, "backup", /password of this account/);
      expect(await gus.sayUntil(BOT, "gus-pw", /no file upload/)).toMatch(/Your server offers no file upload \(XEP-0363\)/);
      await gus.stop();
    } finally {
      await plain.close();
    }
  });
});
