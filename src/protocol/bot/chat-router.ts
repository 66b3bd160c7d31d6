import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { Logger } from "pino";
import type { Catalog } from "../../i18n/catalog.ts";
import type { RateLimiter } from "../../guard/rate-limiter.ts";
import { readIncomingText } from "../../guard/incoming-text.ts";
import { bareOf, domainOf } from "../../core/jid.ts";

const NS_CHATSTATES = "http://jabber.org/protocol/chatstates";
const NS_OOB = "jabber:x:oob";
const LINK_ONLY = /^https?:\/\/\S+$/;
/** Show "typing" only when an answer takes longer than this, so quick replies cost one stanza. */
const COMPOSING_AFTER_MS = 300;

/** How a chat message came, beyond its text. */
export interface ChatMessageKind {
  /** Shared with the client's upload: the text is the link from jabber:x:oob. */
  sharedFile?: boolean;
}

/** Whatever answers the bot's chat messages. */
export interface ChatHandler {
  /** The replies to one message from a user, in order. */
  handle(user: string, text: string, stanzaLang?: string, kind?: ChatMessageKind): Promise<string[]>;
  /** The language to answer this user in; `stanzaLang` is the message's xml:lang. */
  language(user: string, stanzaLang?: string): Promise<string>;
}

export interface ChatRouterOptions {
  xmpp: Client;
  botJid: string;
  chat: ChatHandler;
  catalog: Catalog;
  limiter: RateLimiter;
  maxChars: number;
  /** Domains allowed to talk to the bot; undefined means any domain. */
  allowedDomains?: string[];
  log: Logger;
}

/**
 * Chat messages in, replies out. Never answers error, groupchat or headline
 * messages (two bots must not loop), nor messages without a body.
 */
export function routeChat(o: ChatRouterOptions) {
  const log = o.log.child({ part: "chat-router" });

  async function send(to: string, texts: string[], lang: string): Promise<void> {
    for (const text of texts) {
      // A reply that is one link and nothing else is a file Ferry shares (the stats chart): sent as clients
      // share their uploads (XEP-0066, the body the link itself), clients show it inline.
      const shared = LINK_ONLY.test(text) ? [xml("x", { xmlns: NS_OOB }, xml("url", {}, text))] : [];
      await o.xmpp.send(
        xml("message", { type: "chat", to, "xml:lang": lang }, xml("body", {}, text), ...shared, xml("active", { xmlns: NS_CHATSTATES })),
      );
    }
  }

  /** XEP-0085 `composing`: Ferry is working on something for this user. */
  async function typing(to: string): Promise<void> {
    await o.xmpp.send(xml("message", { type: "chat", to }, xml("composing", { xmlns: NS_CHATSTATES }))).catch(() => undefined);
  }

  async function onMessage(stanza: Element): Promise<void> {
    const type = stanza.attrs.type ?? "normal";
    if (type !== "chat" && type !== "normal") return;
    const from = String(stanza.attrs.from ?? "");
    const user = bareOf(from);
    if (!from || user === o.botJid || !user.includes("@")) return;
    const body = stanza.getChildText("body");
    if (body === null) return;
    const stanzaLang = stanza.attrs["xml:lang"] as string | undefined;

    if (o.allowedDomains && !o.allowedDomains.includes(domainOf(user))) {
      const lang = await o.chat.language(user, stanzaLang);
      await send(from, [o.catalog.t(lang, "error-other-domain", { domains: o.allowedDomains })], lang);
      return;
    }
    const verdict = o.limiter.take(user);
    if (verdict !== "ok") {
      if (verdict === "warn") {
        log.warn({ user }, "rate limited");
        const lang = await o.chat.language(user, stanzaLang);
        await send(from, [o.catalog.t(lang, "error-slow-down")], lang);
      }
      return;
    }
    const sharedFile = sharedFileUrl(stanza);
    const incoming = readIncomingText(sharedFile ?? body, o.maxChars);
    if (incoming.kind === "empty") return;
    if (incoming.kind === "too-long") {
      const lang = await o.chat.language(user, stanzaLang);
      await send(from, [o.catalog.t(lang, "error-too-long", { length: incoming.length, max: o.maxChars })], lang);
      return;
    }
    const composing = setTimeout(() => void typing(from), COMPOSING_AFTER_MS);
    try {
      const replies = await o.chat.handle(user, incoming.text, stanzaLang, { sharedFile: sharedFile !== undefined });
      clearTimeout(composing);
      await send(from, replies, await o.chat.language(user, stanzaLang));
    } finally {
      clearTimeout(composing);
    }
  }

  o.xmpp.on("stanza", (stanza: Element) => {
    if (!stanza.is("message")) return;
    onMessage(stanza).catch((err) => log.error({ err }, "message handling failed"));
  });

  return {
    /** Messages to a user outside a reply (job progress, broadcasts). */
    async notify(user: string, texts: string[]): Promise<void> {
      await send(user, texts, await o.chat.language(user));
    },
    /** Progress of background work: the message, then "typing" again, since the work goes on. */
    async progress(user: string, text: string): Promise<void> {
      await send(user, [text], await o.chat.language(user));
      await typing(user);
    },
  };
}

/**
 * The link of a file shared with the client's upload (XEP-0066). Clients put a caption or the
 * file name in the body, so the link is what the user is answering with.
 */
function sharedFileUrl(stanza: Element): string | undefined {
  return stanza.getChild("x", NS_OOB)?.getChildText("url")?.trim() || undefined;
}
