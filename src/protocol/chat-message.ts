import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { NS_PING } from "./namespaces.ts";

/** Anything that sends stanzas: the bot's connection or a user's account session. */
export interface StanzaSender {
  send(stanza: Element): Promise<void>;
}

/** Sends one chat message; `id` lets an error bounce be matched to it (see message-bounce.ts). */
export async function sendChat(from: StanzaSender, to: string, body: string, opts: { id?: string; lang?: string } = {}): Promise<void> {
  await from.send(xml("message", { type: "chat", to, ...(opts.id ? { id: opts.id } : {}), ...(opts.lang ? { "xml:lang": opts.lang } : {}) }, xml("body", {}, body)));
}

/** XEP-0199 ping of a server through an account session; resolves when answered (with a result or an error). */
export async function ping(session: { iq(type: "get", child: Element, to?: string): Promise<Element> }, domain: string): Promise<void> {
  await session.iq("get", xml("ping", { xmlns: NS_PING }), domain).catch(() => undefined);
}
