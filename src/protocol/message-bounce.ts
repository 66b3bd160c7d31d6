import type { Element } from "@xmpp/xml";
import { bareOf } from "../core/jid.ts";
import type { AccountSession } from "./connection/account-session.ts";

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
  // The condition is the <error/> child that is not the optional human-readable <text/>.
  const condition = stanza.getChild("error")?.children.find((c): c is Element => typeof c !== "string" && c.name !== "text")?.name ?? "error";
  return { ref: id.slice(idPrefix.length), from: bareOf(String(stanza.attrs.from ?? "")), condition };
}

/** Calls `listener` with each error bounce, among the stanzas `source` receives, of a message whose id starts with `idPrefix`. */
export function onMessageBounces(source: Pick<AccountSession, "onStanza">, idPrefix: string, listener: (bounce: MessageBounce) => void): void {
  source.onStanza((stanza) => {
    const bounce = messageBounce(stanza, idPrefix);
    if (bounce) listener(bounce);
  });
}
