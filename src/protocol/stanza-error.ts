/**
 * The one reader of failed requests. An `<error/>` answer means the server
 * heard the request and refused it; anything else (a closed connection, a
 * stream error, no answer) says nothing about the request itself.
 */
import type { Element } from "@xmpp/xml";

type ErrorLike = { name?: string; condition?: unknown; type?: string; element?: Element } | undefined;
const NS_STANZAS = "urn:ietf:params:xml:ns:xmpp-stanzas";

export const isStanzaError = (err: unknown): boolean => (err as ErrorLike)?.name === "StanzaError";

/**
 * The defined condition is the `<error/>` child in the stanzas namespace (RFC
 * 6120 8.3.2). ejabberd puts an application condition (`<precondition-not-met
 * xmlns='…pubsub#errors'/>`) before it, which @xmpp/error takes for the condition.
 */
function definedCondition(element: Element | undefined): string | undefined {
  const children = element?.children ?? [];
  return children.find((c): c is Element => typeof c === "object" && c.attrs?.xmlns === NS_STANZAS && c.name !== "text")?.name;
}

/** The condition of an error stanza (a bounced message or presence): the defined one, else the first child that is not `<text/>`. */
export function stanzaCondition(stanza: Element): string {
  const error = stanza.getChild("error");
  return definedCondition(error) ?? error?.children.find((c): c is Element => typeof c !== "string" && c.name !== "text")?.name ?? "error";
}

/** The stanza error condition of a failed request (`forbidden`, `item-not-found`…), `timeout`, or `other`. */
export function conditionOf(err: unknown): string {
  const e = err as ErrorLike;
  if (isStanzaError(err)) {
    const condition = definedCondition(e?.element) ?? e?.condition;
    if (typeof condition === "string") return condition;
  }
  if (e?.name === "TimeoutError") return "timeout";
  return "other";
}

/** Worth another try: the server is busy (`wait`), or the reply got lost. */
export const isRetryable = (err: unknown): boolean => (err as ErrorLike)?.type === "wait" || (err as ErrorLike)?.name === "TimeoutError";

/** The server asks Ferry to send less: it is busy (`wait`), or it calls the rate a `policy-violation`. */
export const isSlowDown = (err: unknown): boolean => (err as ErrorLike)?.type === "wait" || (err as ErrorLike)?.condition === "policy-violation";
