import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { xml } from "@xmpp/client";
import { Parser, type Element } from "@xmpp/xml";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { integrationWorld, BOT } from "../support/integration-world.ts";
import { seedRoster } from "../support/seed-roster.ts";
import { XmppUser } from "../support/xmpp-user.ts";
import { archiveFile, archivedChat, fastTempDir, importXep0227, sqlStorage } from "../../src/devserver/prosody-migrator.ts";
import { startProsody } from "../../src/devserver/prosody.ts";
import { signIn } from "../../src/protocol/connection/account-session.ts";
import { readArchive } from "../../src/protocol/account/message-archive.ts";

type World = Awaited<ReturnType<typeof integrationWorld>>;

const FRED = "fred@old.test";
const ANN = "ann@old.test";
const MESSAGES = 6000;
const DAY = 86_400_000;
/** Seeded history: one message every 3 hours, the newest an hour ago (about two years). */
const SEEDED_AT = Date.now();
const stampOf = (i: number) => new Date(SEEDED_AT - 3_600_000 - (MESSAGES - 1 - i) * 3 * 3_600_000).toISOString().replace(/\.\d+Z$/, "Z");

/** The messages the test seeded (the archive also keeps the user's chat with the bot). */
const seeded = (results: Element[]) => results.filter((r) => /#\d+/.test(r.getChild("forwarded")?.getChild("message")?.getChildText("body") ?? ""));

function parseDocument(text: string): Element {
  const parser = new Parser();
  let root: Element | undefined;
  parser.on("start", (el: Element) => void (root = el));
  parser.on("element", (el: Element) => root?.append(el));
  parser.on("error", (err: Error) => {
    throw err;
  });
  parser.write(text.replace(/^<\?xml[^>]*\?>\s*/, ""));
  if (!root) throw new Error("no root");
  return root;
}

const pubsub = (node: string, payload: Element, id: string, access?: string) =>
  xml(
    "pubsub",
    { xmlns: "http://jabber.org/protocol/pubsub" },
    xml("publish", { node }, xml("item", { id }, payload)),
    ...(access
      ? [
          xml(
            "publish-options",
            {},
            xml(
              "x",
              { xmlns: "jabber:x:data", type: "submit" },
              xml("field", { var: "FORM_TYPE", type: "hidden" }, xml("value", {}, "http://jabber.org/protocol/pubsub#publish-options")),
              xml("field", { var: "pubsub#access_model" }, xml("value", {}, access)),
            ),
          ),
        ]
      : []),
  );

describe("backup with message history (real Prosody with MAM, prosody-migrator)", () => {
  let w: World;
  let fast: string;
  let fred: XmppUser;

  async function backup(history: string): Promise<{ ready: string; said: string[]; text: string }> {
    const start = fred.bodiesFrom(BOT).length;
    await fred.sayUntil(BOT, "backup", /Which message history/);
    await fred.sayUntil(BOT, history, /password of this account/);
    await fred.sayUntil(BOT, "fred-pw", /another server/);
    await fred.sayUntil(BOT, "no", /runs in the background/);
    const ready = await fred.waitFor(() => fred.bodiesFrom(BOT).slice(start).find((b) => /Here is your backup|could not/.test(b)), 120_000);
    expect(ready).toMatch(/Here is your backup/);
    // The word about the history is the last message of the report.
    await fred.waitFor(() => fred.bodiesFrom(BOT).slice(start).find((b) => /About the history/.test(b)));
    const url = /(http:\/\/\S+)/.exec(ready)![1]!;
    const text = await (await fetch(url)).text();
    return { ready, said: fred.bodiesFrom(BOT).slice(start), text };
  }

  beforeAll(async () => {
    fast = await fastTempDir("ferry-archive-");
    w = await integrationWorld({ upload: true, extraConfig: sqlStorage(join(fast, "old.sqlite"), "archive") });
    await w.server.register("fred", "old.test", "fred-pw");
    await w.server.register("ann", "old.test", "ann-pw");
    // Several thousand archived messages in a few seconds: Prosody's own importer writes them into the server's archive.
    const results = Array.from({ length: MESSAGES }, (_, i) =>
      i % 2 === 0 ? archivedChat(`m${i}`, stampOf(i), `${FRED}/phone`, ANN, `to ann #${i} <&>`) : archivedChat(`m${i}`, stampOf(i), `${ANN}/laptop`, FRED, `to fred #${i}`),
    );
    await importXep0227({ files: { "fred@old.test.xml": archiveFile("old.test", "fred", results) }, host: "old.test", stores: ["archive-archive"], database: join(fast, "old.sqlite") });
    await seedRoster(w.server, "fred", "old.test", [{ jid: ANN, name: "Ann", groups: ["Friends"], subscription: "both" }]);
    await w.startBot();
    fred = await XmppUser.connect(w.server.service, FRED, "fred-pw");
    await fred.iq("set", FRED, xml("vCard", { xmlns: "vcard-temp" }, xml("FN", {}, "Fred Astaire")));
    await fred.iq("set", FRED, pubsub("urn:xmpp:avatar:data", xml("data", { xmlns: "urn:xmpp:avatar:data" }, "iVBORw0KGgo="), "abc123"));
    await fred.iq(
      "set",
      FRED,
      pubsub("urn:xmpp:avatar:metadata", xml("metadata", { xmlns: "urn:xmpp:avatar:metadata" }, xml("info", { id: "abc123", bytes: "8", type: "image/png" })), "abc123"),
    );
    await fred.iq("set", FRED, pubsub("http://jabber.org/protocol/nick", xml("nick", { xmlns: "http://jabber.org/protocol/nick" }, "Freddy"), "current"));
    await fred.iq("set", FRED, pubsub("urn:xmpp:bookmarks:1", xml("conference", { xmlns: "urn:xmpp:bookmarks:1", name: "Dance" }), "dance@muc.old.test", "whitelist"));
    await fred.iq("set", FRED, pubsub("urn:example:notes", xml("note", { xmlns: "urn:example:notes" }, "tap shoes"), "n1", "open"));
    await fred.iq("set", FRED, xml("block", { xmlns: "urn:xmpp:blocking" }, xml("item", { jid: "spam@evil.test" })));
  }, 120_000);
  afterAll(async () => {
    await fred?.stop();
    await w?.close();
    if (fast) await rm(fast, { recursive: true, force: true });
  });

  it("writes the whole archive in XEP-0227 form, oldest first, with the profile, every PEP node with its access model, and the blocklist", async () => {
    const { ready, said, text } = await backup("all");
    expect(ready).toMatch(/Here is your backup \(1 contact/);
    // Progress for a long archive, and the honest word about importing history.
    expect(said.join("\n")).toMatch(/5,?000 messages of your history saved so far/);
    expect(said.join("\n")).toMatch(/XMPP gives you no way to write old messages into a new server's archive/);

    const user = parseDocument(text).getChild("host")!.getChild("user")!;
    const archive = user.getChild("archive", "urn:xmpp:pie:0#mam")!;
    const results = archive.getChildren("result", "urn:xmpp:mam:2");
    // The archive also holds this conversation with the bot, after the seeded messages.
    expect(seeded(results)).toHaveLength(MESSAGES);
    expect(said.join("\n")).toContain(`It holds ${results.length.toLocaleString("en")} messages of your history.`);
    const first = results[0]!.getChild("forwarded", "urn:xmpp:forward:0")!;
    expect(first.getChild("delay", "urn:xmpp:delay")?.attrs.stamp).toBe(stampOf(0));
    expect(first.getChild("message", "jabber:client")?.getChildText("body")).toBe("to ann #0 <&>");
    expect(seeded(results).at(-1)!.getChild("forwarded")!.getChild("message")!.getChildText("body")).toBe(`to fred #${MESSAGES - 1}`);

    expect(user.getChild("vCard", "vcard-temp")?.getChildText("FN")).toBe("Fred Astaire");
    const items = user.getChild("pubsub", "http://jabber.org/protocol/pubsub")!.getChildren("items");
    const node = (name: string) => items.find((i) => i.attrs.node === name);
    expect(node("urn:xmpp:avatar:data")?.getChild("item")?.getChild("data", "urn:xmpp:avatar:data")?.text()).toBe("iVBORw0KGgo=");
    expect(node("urn:xmpp:avatar:metadata")?.getChild("item")?.getChild("metadata")?.getChild("info")?.attrs.id).toBe("abc123");
    expect(node("http://jabber.org/protocol/nick")?.getChild("item")?.getChildText("nick")).toBe("Freddy");
    expect(node("urn:xmpp:bookmarks:1")?.getChild("item")?.attrs.id).toBe("dance@muc.old.test");
    expect(node("urn:example:notes")?.getChild("item")?.getChildText("note")).toBe("tap shoes");
    const access = (name: string) =>
      user
        .getChild("pubsub", "http://jabber.org/protocol/pubsub#owner")
        ?.getChildren("configure")
        .find((c) => c.attrs.node === name)
        ?.getChild("x", "jabber:x:data")
        ?.getChildren("field")
        .find((f) => f.attrs.var === "pubsub#access_model")
        ?.getChildText("value");
    expect(access("urn:xmpp:bookmarks:1")).toBe("whitelist");
    expect(access("urn:example:notes")).toBe("open");
    const ferry = user.getChild("backup", "urn:xmpp:ferry:backup:0")!;
    expect(ferry.getChild("blocklist")?.getChildren("item").map((i) => i.attrs.jid)).toEqual(["spam@evil.test"]);
    expect(ferry.getChild("history")?.attrs).toMatchObject({ since: "all", messages: String(results.length), complete: "true", first: stampOf(0) });

    // An admin imports the file into a new account with prosody-migrator; the history is then there over MAM.
    const db = join(fast, "new.sqlite");
    const imported = await importXep0227({
      files: { "fred@new.test.xml": text },
      host: "new.test",
      stores: ["roster", "vcard", "private", "pep-pubsub", "archive-archive"],
      database: db,
    });
    expect(imported.output).toMatch(/Migrating user fred@new\.test store archive/);
    const target = await startProsody({ hosts: ["new.test"], iterations: 128, extraConfig: sqlStorage(db, "all") });
    try {
      await target.register("fred", "new.test", "fred-new-pw");
      const session = await signIn("fred@new.test", "fred-new-pw", { serviceMap: { "new.test": target.service } });
      try {
        let count = 0;
        let firstBody: string | null = null;
        for await (const page of readArchive(session)) {
          firstBody ??= page[0]!.message.getChildText("body");
          count += page.length;
        }
        expect(count).toBe(results.length);
        expect(firstBody).toBe("to ann #0 <&>");
        const vcard = await session.iq("get", xml("vCard", { xmlns: "vcard-temp" }));
        expect(vcard.getChild("vCard")?.getChildText("FN")).toBe("Fred Astaire");
      } finally {
        await session.close();
      }
    } finally {
      await target.stop();
    }
  }, 180_000);

  it("keeps only the period asked for: the last 3 months", async () => {
    const { said, text } = await backup("The last 3 months");
    const since = new Date();
    since.setUTCMonth(since.getUTCMonth() - 3);
    const expected = Array.from({ length: MESSAGES }, (_, i) => stampOf(i)).filter((s) => new Date(s) >= since).length;
    const results = parseDocument(text).getChild("host")!.getChild("user")!.getChild("archive")!.getChildren("result");
    // A message may fall into the period between the bot's clock and the test's.
    expect(Math.abs(seeded(results).length - expected)).toBeLessThanOrEqual(1);
    expect(new Date(results[0]!.getChild("forwarded")!.getChild("delay")!.attrs.stamp as string).getTime()).toBeGreaterThanOrEqual(since.getTime() - DAY);
    expect(said.join("\n")).toMatch(new RegExp(`It holds ${results.length.toLocaleString("en")} messages`));
  }, 120_000);

  it("stops the history at FERRY_BACKUP_MAX_BYTES, says so, and still writes a whole file that says it is incomplete", async () => {
    await w.stopBot();
    await w.startBot({ FERRY_BACKUP_MAX_BYTES: String(300_000) });
    const { said, text } = await backup("all");
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(300_000);
    const user = parseDocument(text).getChild("host")!.getChild("user")!;
    const results = user.getChild("archive")!.getChildren("result");
    expect(results.length).toBeGreaterThan(100);
    expect(results.length).toBeLessThan(MESSAGES);
    const history = user.getChild("backup", "urn:xmpp:ferry:backup:0")!.getChild("history")!;
    expect(history.attrs).toMatchObject({ complete: "false", messages: String(results.length) });
    expect(said.join("\n")).toMatch(new RegExp(`size limit \\(0\\.3 MB\\).*after ${results.length.toLocaleString("en")} messages`));
  }, 120_000);
});
