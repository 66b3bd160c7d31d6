/**
 * The one reader of failed requests. An `<error/>` answer means the server
 * heard the request and refused it; anything else (a closed connection, a
 * stream error, no answer) says nothing about the request itself.
 */
type ErrorLike = { name?: string; condition?: unknown; type?: string } | undefined;

export const isStanzaError = (err: unknown): boolean => (err as ErrorLike)?.name === "StanzaError";

/** The stanza error condition of a failed request (`forbidden`, `item-not-found`…), `timeout`, or `other`. */
export function conditionOf(err: unknown): string {
  const e = err as ErrorLike;
  if (isStanzaError(err) && typeof e?.condition === "string") return e.condition;
  if (e?.name === "TimeoutError") return "timeout";
  return "other";
}

/** Worth another try: the server is busy (`wait`), or the reply got lost. */
export const isRetryable = (err: unknown): boolean => (err as ErrorLike)?.type === "wait" || (err as ErrorLike)?.name === "TimeoutError";

/** The server asks Ferry to send less: it is busy (`wait`), or it calls the rate a `policy-violation`. */
export const isSlowDown = (err: unknown): boolean => (err as ErrorLike)?.type === "wait" || (err as ErrorLike)?.condition === "policy-violation";
