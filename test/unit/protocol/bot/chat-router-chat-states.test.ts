import { describe, it, expect } from "vitest";
import { xml, type Client } from "@xmpp/client";
import { routeChat } from "../../../../src/protocol/bot/chat-router.ts";
import { RateLimiter } from "../../../../src/guard/rate-limiter.ts";
import { createLogger } from "../../../../src/log/logger.ts";
import type { ChatConversations } from "../../../../src/conversation/chat-conversations.ts";
import { unitWorld, UNIT_BOT } from "../../../support/unit-world.ts";
import { FakeXmpp } from "../../../support/fake-xmpp.ts";

const NS_CHATSTATES = "http://jabber.org/protocol/chatstates";
const alice = "alice@old.test/phone";

const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe("chat router: XEP-0085 chat states", () => {
  it("a slow turn shows `composing` before the reply, and the reply ends it with `active`", async () => {
    const w = unitWorld();
    // The turn goes on until the test lets it finish, however long the bot waits before showing it is typing.
    let finishTurn!: () => void;
    const turnMayFinish = new Promise<void>((resolve) => (finishTurn = resolve));
    const chat = {
      handle: async (user: string, text: string, lang?: string) => {
        await turnMayFinish;
        return w.chat.handle(user, text, lang);
      },
      language: (user: string, lang?: string) => w.chat.language(user, lang),
    } as ChatConversations;
    const xmpp = new FakeXmpp();
    routeChat({ xmpp: xmpp as unknown as Client, botJid: UNIT_BOT, chat, catalog: w.catalog, limiter: new RateLimiter(1000, 1000), maxChars: 4000, log: createLogger("silent") });

    xmpp.emit("stanza", xml("message", { from: alice, to: UNIT_BOT, type: "chat" }, xml("body", {}, "help")));
    await until(() => xmpp.sent.length > 0);
    const [typing] = xmpp.sent;
    expect(typing!.attrs).toMatchObject({ to: alice, type: "chat" });
    expect(typing!.getChild("composing", NS_CHATSTATES)).toBeDefined();
    expect(typing!.getChildText("body")).toBeNull();

    finishTurn();
    await until(() => xmpp.bodies().length > 0);
    expect(xmpp.sent).toHaveLength(2);
    const reply = xmpp.sent[1]!;
    expect(reply.getChildText("body")).toMatch(/^Hi! I'm Ferry/);
    expect(reply.getChild("active", NS_CHATSTATES)).toBeDefined();
  });
});
