import { xml, type Client } from "@xmpp/client";
import type { AccountSession } from "./account-session.ts";

/**
 * The bot's own connection seen as an AccountSession, so helpers written for
 * users' accounts (HTTP upload, ad-hoc calls, roster) work for the bot too.
 * Closing it does nothing: the connection lives as long as the bot.
 */
export function botSession(xmpp: Client, jid: string): AccountSession {
  return {
    jid,
    iq: (type, child, to) => xmpp.iqCaller.request(xml("iq", { type, ...(to ? { to } : {}) }, child), 30_000),
    send: (stanza) => xmpp.send(stanza),
    onStanza: (listener) => void xmpp.on("stanza", listener),
    close: async () => undefined,
  };
}
