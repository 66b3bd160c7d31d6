import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { integrationWorld, BOT } from "../support/integration-world.ts";
import { COMMANDS } from "../../flows/registry.ts";
import { readdirSync } from "node:fs";
import { Catalog } from "../../src/i18n/catalog.ts";
import { LOCALES_DIR } from "../../src/bot.ts";

/** Every shipped language, in the order `language` lists them, by its own name. */
const LANGUAGES = readdirSync(LOCALES_DIR).sort();
const catalog = Catalog.load(LOCALES_DIR, { defaultLocale: "en" });
const NAMES = Object.fromEntries(LANGUAGES.map((l) => [l, catalog.t(l, "language-name")]));

type World = Awaited<ReturnType<typeof integrationWorld>>;

describe("Ferry on a real Prosody: conversation basics", () => {
  let w: World;
  beforeAll(async () => {
    w = await integrationWorld();
    await w.startBot();
  });
  afterAll(async () => w?.close());

  it("answers help in English with the numbered menu", async () => {
    const alice = await w.user("alice");
    const [menu] = await alice.say(BOT, "help");
    expect(menu).toMatch(/^Hi! I'm Ferry/);
    expect(menu).toContain(`${COMMANDS.filter((c) => !c.adminOnly).findIndex((c) => c.id === "language") + 1}. *language*`);
  });

  it("answers in German when the message carries xml:lang='de'", async () => {
    const bob = await w.user("bob");
    const [menu] = await bob.say(BOT, "hilfe", { lang: "de" });
    expect(menu).toMatch(/^Hallo! Ich bin Ferry/);
    const reply = bob.inbox.filter((s) => s.is("message") && s.getChildText("body")).at(-1)!;
    expect(reply.attrs["xml:lang"]).toBe("de");
    // While the bot works it may say "composing"; every answer ends the typing state.
    expect(reply.getChild("active", "http://jabber.org/protocol/chatstates")).toBeDefined();
  });

  it("remembers a language switch across a bot restart", async () => {
    const carol = await w.user("carol");
    expect(await carol.say(BOT, "language de")).toEqual(["Gut, ab jetzt schreibe ich Deutsch mit dir."]);
    await w.stopBot();
    await w.startBot();
    const [menu] = await carol.say(BOT, "help", { lang: "en" });
    expect(menu).toMatch(/^Hallo!/);
  });

  it("continues a flow where it was after a bot restart", async () => {
    const dave = await w.user("dave");
    const [question] = await dave.say(BOT, "language");
    expect(question).toContain(`Which language should I speak?\n${LANGUAGES.map((l, i) => `${i + 1}. ${NAMES[l]}`).join("\n")}`);
    await w.stopBot();
    await w.startBot();
    expect(await dave.say(BOT, String(LANGUAGES.indexOf("de") + 1))).toEqual(["Gut, ab jetzt schreibe ich Deutsch mit dir."]);
  });

  it("never answers error, groupchat or headline messages, nor bodiless ones", async () => {
    const erin = await w.user("erin");
    await erin.send(BOT, "help", { type: "error" });
    await erin.send(BOT, "help", { type: "groupchat" });
    await erin.send(BOT, "help", { type: "headline" });
    await erin.xmpp.send(xml("message", { to: BOT, type: "chat" }, xml("composing", { xmlns: "http://jabber.org/protocol/chatstates" })));
    await erin.send(BOT, "   ");
    // The next real message gets exactly one answer: nothing before it was answered.
    const [menu] = await erin.say(BOT, "help");
    expect(menu).toMatch(/^Hi!/);
    await new Promise((r) => setTimeout(r, 300));
    expect(erin.bodiesFrom(BOT)).toHaveLength(1);
  });

  it("caps huge messages and says so, and cleans control characters", async () => {
    const frank = await w.user("frank");
    const [tooLong] = await frank.say(BOT, "x".repeat(100_000));
    expect(tooLong).toMatch(/too long \(100,000 characters\)\. I read at most 4,000/);
    // XML forbids most C0 controls on the wire; C1 controls and bidi overrides do arrive.
    const [menu] = await frank.say(BOT, "he\u0085l\u009bp\u202e");
    expect(menu).toMatch(/^Hi!/);
    expect(menu).not.toMatch(/didn't understand/);
  });

  it("an invalid answer gets a clear message and the question again", async () => {
    const gina = await w.user("gina");
    await gina.say(BOT, "language");
    const [error, again] = await gina.say(BOT, "klingon", { count: 2 });
    expect(error).toContain(`number from 1 to ${LANGUAGES.length}`);
    expect(again).toMatch(/Which language/);
    expect(await gina.say(BOT, "cancel")).toEqual([expect.stringMatching(/^Cancelled/)]);
  });

  it("stays responsive to others while one user floods it, and tells the flooder to slow down", async () => {
    const flooder = await w.user("flooder");
    const calm = await w.user("calm");
    for (let i = 0; i < 200; i++) void flooder.send(BOT, `help ${i}`);
    const [menu] = await calm.say(BOT, "help");
    expect(menu).toMatch(/^Hi!/);
    await flooder.waitFor(() => flooder.bodiesFrom(BOT).find((b) => /faster than I can read/.test(b)));
    await new Promise((r) => setTimeout(r, 500));
    // The burst allowance (10) is answered, then one warning; the rest is dropped, not queued.
    expect(flooder.bodiesFrom(BOT).length).toBeLessThanOrEqual(12);
  });

  it("is a good XMPP citizen: disco identity, version, ping, command list", async () => {
    const hank = await w.user("hank");
    const info = await hank.iq("get", BOT + "/ferry", xml("query", { xmlns: "http://jabber.org/protocol/disco#info" }));
    const identity = info.getChild("query")!.getChild("identity")!;
    expect(identity.attrs).toMatchObject({ category: "client", type: "bot" });
    const features = info.getChild("query")!.getChildren("feature").map((f) => f.attrs.var);
    expect(features).toContain("http://jabber.org/protocol/commands");
    const version = await hank.iq("get", BOT + "/ferry", xml("query", { xmlns: "jabber:iq:version" }));
    expect(version.getChild("query")!.getChildText("name")).toBe("Ferry");
    const pong = await hank.iq("get", BOT + "/ferry", xml("ping", { xmlns: "urn:xmpp:ping" }));
    expect(pong.attrs.type).toBe("result");
    const items = await hank.iq(
      "get",
      BOT + "/ferry",
      xml("query", { xmlns: "http://jabber.org/protocol/disco#items", node: "http://jabber.org/protocol/commands" }),
      "de",
    );
    const commands = items.getChild("query")!.getChildren("item").map((i) => [i.attrs.node, i.attrs.name]);
    // Every command a user may run, in menu order, named in the asker's language; admin commands hidden.
    expect(commands.map(([node]) => node)).toEqual(COMMANDS.filter((c) => !c.adminOnly).map((c) => c.id));
    expect(commands).toContainEqual(["move", "Mein Konto umziehen"]);
    expect(commands).toContainEqual(["language", "Sprache ändern"]);
  });

  it("runs `language` as an XEP-0050 command with a form", async () => {
    const ivy = await w.user("ivy");
    const NS = "http://jabber.org/protocol/commands";
    const first = (await ivy.iq("set", BOT + "/ferry", xml("command", { xmlns: NS, node: "language", action: "execute" }))).getChild("command", NS)!;
    expect(first.attrs.status).toBe("executing");
    const field = first.getChild("x", "jabber:x:data")!.getChild("field")!;
    expect(field.attrs).toMatchObject({ var: "language", type: "list-single" });
    expect(field.getChildren("option").map((o) => o.attrs.label)).toEqual(LANGUAGES.map((l) => NAMES[l]));
    const done = (
      await ivy.iq(
        "set",
        BOT + "/ferry",
        xml(
          "command",
          { xmlns: NS, node: "language", sessionid: first.attrs.sessionid },
          xml("x", { xmlns: "jabber:x:data", type: "submit" }, xml("field", { var: "language" }, xml("value", {}, "de"))),
        ),
      )
    ).getChild("command", NS)!;
    expect(done.attrs.status).toBe("completed");
    expect(done.getChildText("note")).toBe("Gut, ab jetzt schreibe ich Deutsch mit dir.");
    // The chat side sees the same choice: one definition, two interfaces.
    expect((await ivy.say(BOT, "help"))[0]).toMatch(/^Hallo!/);
  });

  it("serves users of other domains by default", async () => {
    const kate = await w.user("kate", "new.test");
    const [menu] = await kate.say(BOT, "help");
    expect(menu).toMatch(/^Hi! I'm Ferry/);
    expect(await kate.say(BOT, "language de")).toEqual(["Gut, ab jetzt schreibe ich Deutsch mit dir."]);
  });

  it("approves a subscription request and asks back, so the bot shows in the user's roster", async () => {
    const lena = await w.user("lena");
    // As a client does: fetch the roster first, so the server passes on subscription answers (RFC 6121 "interested resource").
    await lena.iq("get", "lena@old.test", xml("query", { xmlns: "jabber:iq:roster" }));
    await lena.xmpp.send(xml("presence", { to: BOT, type: "subscribe" }));
    const fromBot = (type: string) => (inbox: Element[]) =>
      inbox.some((s) => s.is("presence") && s.attrs.type === type && String(s.attrs.from).split("/")[0] === BOT) || undefined;
    await lena.waitFor(fromBot("subscribed"));
    await lena.waitFor(fromBot("subscribe"));
  });

  it("the `help` ad-hoc command lists the commands in the user's language", async () => {
    const mia = await w.user("mia");
    await mia.say(BOT, "language fr");
    const NS = "http://jabber.org/protocol/commands";
    const done = (await mia.iq("set", BOT + "/ferry", xml("command", { xmlns: NS, node: "help", action: "execute" }))).getChild("command", NS)!;
    expect(done.attrs).toMatchObject({ status: "completed", "xml:lang": "fr" });
    const menu = done.getChildText("note")!;
    expect(menu.startsWith(catalog.t("fr", "help-intro"))).toBe(true);
    for (const [i, command] of COMMANDS.filter((c) => !c.adminOnly).entries()) {
      expect(menu).toContain(`${i + 1}. *${catalog.displayWord("fr", `cmd-${command.id}`)}*`);
    }
    expect(menu).toContain("1. *déménager*");
  });

  it("an unknown ad-hoc node is item-not-found", async () => {
    const jack = await w.user("jack");
    const NS = "http://jabber.org/protocol/commands";
    await expect(jack.iq("set", BOT + "/ferry", xml("command", { xmlns: NS, node: "no-such-command", action: "execute" }))).rejects.toMatchObject({
      condition: "item-not-found",
    });
  });
});

describe("Ferry on a real Prosody: settings that restrict", () => {
  let w: World;
  beforeAll(async () => {
    w = await integrationWorld();
    await w.startBot({ FERRY_ALLOW_OTHER_DOMAINS: "false" });
  });
  afterAll(async () => w?.close());

  it("refuses users of other domains politely when configured to", async () => {
    const stranger = await w.user("stranger", "new.test");
    const [answer] = await stranger.say(BOT, "help");
    expect(answer).toBe("Sorry, I only serve accounts on old.test.");
    const local = await w.user("local");
    expect((await local.say(BOT, "help"))[0]).toMatch(/^Hi!/);
  });
});
