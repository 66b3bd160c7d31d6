import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "./account-session.ts";

/** What a bot session uses of the bot's @xmpp/client connection, so callers need not know the client. */
export interface BotClient {
  iqCaller: { request(stanza: Element, timeout?: number): Promise<Element> };
  send(stanza: Element): Promise<void>;
  on(event: "stanza", listener: (stanza: Element) => void): unknown;
}

/**
 * The bot's own connection seen as an AccountSession, so helpers written for
 * users' accounts (HTTP upload, ad-hoc calls, roster) work for the bot too.
 * Closing it does nothing: the connection lives as long as the bot.
 */
export function botSession(xmpp: BotClient, jid: string): AccountSession {
  return {
    jid,
    // The bot writes no contacts for itself through this session, so it never pre-approves anyone.
    preApproval: false,
    iq: (type, child, to) => xmpp.iqCaller.request(xml("iq", { type, ...(to ? { to } : {}) }, child), 30_000),
    send: (stanza) => xmpp.send(stanza),
    onStanza: (listener) => void xmpp.on("stanza", listener),
    close: async () => undefined,
  };
}
