import { describe, it, expect } from "vitest";
import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { routeChat } from "../../../../src/protocol/bot/chat-router.ts";
import { RateLimiter } from "../../../../src/guard/rate-limiter.ts";
import { createLogger } from "../../../../src/log/logger.ts";
import { unitWorld, UNIT_BOT } from "../../../support/unit-world.ts";
import { FakeXmpp } from "../../../support/fake-xmpp.ts";
import { uploadedFile } from "../../../support/upload-server.ts";

const alice = "alice@old.test";

describe("chat router: a file shared with jabber:x:oob", () => {
  const upload = uploadedFile("romeo@x.test\njuliet@y.test\n");

  function start() {
    const w = unitWorld();
    const xmpp = new FakeXmpp();
    routeChat({
      xmpp: xmpp as unknown as Client,
      botJid: UNIT_BOT,
      chat: w.chat,
      catalog: w.catalog,
      limiter: new RateLimiter(1000, 1000),
      maxChars: 4000,
      log: createLogger("silent"),
    });
    /** Sends a message from alice's client and waits until the bot has answered it. */
    const say = async (...children: Element[]): Promise<string> => {
      const before = xmpp.bodies().length;
      xmpp.emit("stanza", xml("message", { from: `${alice}/phone`, to: UNIT_BOT, type: "chat" }, ...children));
      for (let i = 0; i < 500 && xmpp.bodies().length === before; i++) await new Promise((r) => setTimeout(r, 10));
      return xmpp.bodies().slice(before).join("\n");
    };
    return { say };
  }

  it("reads the OOB link as the file, whatever caption the body carries", async () => {
    const { say } = start();
    expect(await say(xml("body", {}, "import"))).toMatch(/Your file or your list/);
    const preview = await say(xml("body", {}, "my contacts (contacts.txt)"), xml("x", { xmlns: "jabber:x:oob" }, xml("url", {}, upload.url)));
    expect(preview).toMatch(/This is a list of addresses with 2 entries/);
    expect(preview).toMatch(/Where should I add these contacts/);
  });

  it("marks an OOB message as a shared file: outside a flow it starts an import, inside one asking a password it is no answer", async () => {
    const { say } = start();
    const share = (link: string) => say(xml("body", {}, "contacts.ctt"), xml("x", { xmlns: "jabber:x:oob" }, xml("url", {}, link)));
    const preview = await share(upload.url);
    expect(preview).toMatch(/^You shared a file: I'll import/);
    expect(preview).toMatch(/This is a list of addresses with 2 entries/);
    await say(xml("body", {}, "cancel"));
    await say(xml("body", {}, "move"));
    await say(xml("body", {}, "alice@new.test"));
    // An encrypted upload's link is no http(s) link: only the mark tells it is a file.
    expect(await share("aesgcm://upload.old.test/abc/contacts.ctt#key")).toMatch(/^You shared a file, but I'm waiting for your answer[^]*\nThe password of your new account/);
  });

  it("still reads the body when the message has no OOB link", async () => {
    const { say } = start();
    await say(xml("body", {}, "import"));
    expect(await say(xml("body", {}, "zed@x.test"))).toMatch(/This is a list of addresses with 1 entry/);
  });
});

describe("chat router: a file the bot shares", () => {
  it("sends a reply that is only a link with jabber:x:oob, so clients show the file; other replies go without", async () => {
    const xmpp = new FakeXmpp();
    const replies = ["The same numbers as JSON: https://upload.old.test/a/stats.json", "https://upload.old.test/b/stats.png"];
    routeChat({
      xmpp: xmpp as unknown as Client,
      botJid: UNIT_BOT,
      chat: { handle: async () => replies, language: async () => "en" },
      catalog: unitWorld().catalog,
      limiter: new RateLimiter(1000, 1000),
      maxChars: 4000,
      log: createLogger("silent"),
    });
    xmpp.emit("stanza", xml("message", { from: `${alice}/phone`, to: UNIT_BOT, type: "chat" }, xml("body", {}, "stats")));
    for (let i = 0; i < 500 && xmpp.sent.filter((s) => s.getChild("body")).length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    const [text, image] = xmpp.sent.filter((s) => s.getChild("body"));
    expect(image!.getChildText("body")).toBe("https://upload.old.test/b/stats.png");
    expect(image!.getChild("x", "jabber:x:oob")?.getChildText("url")).toBe("https://upload.old.test/b/stats.png");
    expect(text!.getChild("x", "jabber:x:oob")).toBeUndefined();
  });
});
