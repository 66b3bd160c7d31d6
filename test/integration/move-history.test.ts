import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { integrationWorld, BOT } from "../support/integration-world.ts";
import { seedRoster } from "../support/seed-roster.ts";
import { XmppUser } from "../support/xmpp-user.ts";
import { archiveFile, archivedChat, fastTempDir, importXep0227, sqlStorage } from "../../src/devserver/prosody-migrator.ts";

type World = Awaited<ReturnType<typeof integrationWorld>>;

const FRED = "fred@old.test";
const ANN = "ann@old.test";
const TARGET = "fred@new.test";

describe("a move that keeps a backup with the message history (real Prosody with MAM and upload)", () => {
  let w: World;
  let fast: string;
  let fred: XmppUser;

  beforeAll(async () => {
    fast = await fastTempDir("ferry-move-archive-");
    w = await integrationWorld({ upload: true, extraConfig: sqlStorage(join(fast, "old.sqlite"), "archive") });
    await w.server.register("fred", "old.test", "fred-pw");
    await w.server.register("fred", "new.test", "fred-new-pw");
    await w.server.register("ann", "old.test", "ann-pw");
    const day = 86_400_000;
    const results = [0, 1, 2].map((i) => archivedChat(`m${i}`, new Date(Date.now() - (400 - i) * day).toISOString().replace(/\.\d+Z$/, "Z"), `${ANN}/laptop`, FRED, `old line #${i}`));
    await importXep0227({ files: { "fred@old.test.xml": archiveFile("old.test", "fred", results) }, host: "old.test", stores: ["archive-archive"], database: join(fast, "old.sqlite") });
    await seedRoster(w.server, "fred", "old.test", [{ jid: ANN, name: "Ann", groups: [], subscription: "both" }]);
    await w.startBot();
    fred = await XmppUser.connect(w.server.service, FRED, "fred-pw");
  }, 120_000);
  afterAll(async () => {
    await fred?.stop();
    await w?.close();
    if (fast) await rm(fast, { recursive: true, force: true });
  });

  it("all history: the link comes through new.test's upload, alone in a message, and the file holds the archive; the report says so", async () => {
    for (const [text, until] of [
      ["move", /new address/],
      [TARGET, /new account/],
      ["fred-new-pw", /this account/],
      ["fred-pw", /start now/],
      ["yes", /also send/],
      ["no", /keep a backup of this account with its message history/],
      ["all", /Moving to/],
    ] as const) {
      await fred.sayUntil(BOT, text, until);
    }
    const report = await fred.waitFor(() => fred.bodiesFrom(BOT).find((b) => /is done/.test(b)), 120_000);
    expect(report).toMatch(/Backup of this account: made before the move/);
    const said = fred.bodiesFrom(BOT);
    const link = said.find((b) => /^http:\/\/\S+$/.test(b));
    expect(link).toMatch(/\/upload-new\.test\//);
    expect(said.join("\n")).toMatch(/kept by the upload service of your new server, new\.test/);
    // Made before the contacts were moved.
    expect(said.indexOf(link!)).toBeLessThan(said.indexOf(report));
    const file = await (await fetch(link!)).text();
    for (const i of [0, 1, 2]) expect(file).toContain(`old line #${i}`);
    expect(file).toContain("<archive xmlns='urn:xmpp:pie:0#mam'>");
  }, 180_000);
});
