import type { Element } from "@xmpp/xml";
import { bareOf } from "../core/jid.ts";
import type { AccountSession } from "./connection/account-session.ts";
import { stanzaCondition } from "./stanza-error.ts";

/** Error bounces of what Ferry sent: messages (by id) and subscription presences (by address). */

/** An error bounce of a message Ferry sent: which one (by id), from whom, and why. */
export interface MessageBounce {
  /** The bounced message's id after the prefix: what the sender put there to find its recipient again. */
  ref: string;
  /** The bare address that sent the error, normally the message's recipient. */
  from: string;
  /** The stanza error condition, e.g. `remote-server-not-found`, `service-unavailable`. */
  condition: string;
}

/**
 * A message error that answers a message whose id starts with `idPrefix`, or
 * undefined for any other stanza. Servers bounce a message with its own id
 * (RFC 6120 8.3.1), so the id is what ties a bounce to what was sent.
 */
export function messageBounce(stanza: Element, idPrefix: string): MessageBounce | undefined {
  const id = String(stanza.attrs.id ?? "");
  if (!stanza.is("message") || stanza.attrs.type !== "error" || !id.startsWith(idPrefix)) return undefined;
  return { ref: id.slice(idPrefix.length), from: bareOf(String(stanza.attrs.from ?? "")), condition: stanzaCondition(stanza) };
}

/**
 * Calls `listener` with each presence error `source` receives: the bare address it comes
 * from (the contact a subscription presence went to) and the condition. A presence has
 * no id Ferry could match, and a contact gets one request at most, so the address is enough.
 * ejabberd's mod_pres_counter answers a request it drops this way (`not-acceptable`).
 */
export function onPresenceBounces(source: Pick<AccountSession, "onStanza">, listener: (from: string, condition: string) => void): void {
  source.onStanza((stanza) => {
    if (stanza.is("presence") && stanza.attrs.type === "error") listener(bareOf(String(stanza.attrs.from ?? "")), stanzaCondition(stanza));
  });
}

/** Calls `listener` with each error bounce, among the stanzas `source` receives, of a message whose id starts with `idPrefix`. */
export function onMessageBounces(source: Pick<AccountSession, "onStanza">, idPrefix: string, listener: (bounce: MessageBounce) => void): void {
  source.onStanza((stanza) => {
    const bounce = messageBounce(stanza, idPrefix);
    if (bounce) listener(bounce);
  });
}
