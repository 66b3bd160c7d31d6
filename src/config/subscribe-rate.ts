/**
 * FERRY_SUBSCRIBE_RATE: at most `burst` subscription presences (requests and
 * pre-approvals) from one account in a row, then `quietSeconds` without any.
 */
export interface SubscribeRate {
  burst: number;
  quietSeconds: number;
}

/** Debian's ejabberd config (mod_pres_counter: 5 per 60 s) lets every request through at this pace. */
export const DEFAULT_SUBSCRIBE_RATE = "5/60s";

/** Reads FERRY_SUBSCRIBE_RATE: `5/60s` (a burst of 5, then 60 s of quiet), or `0` for no pacing; undefined when unreadable. */
export function parseSubscribeRate(text: string): SubscribeRate | null | undefined {
  const t = text.trim();
  if (t === "0") return null;
  const m = /^(\d+)\s*\/\s*(\d+)\s*s$/i.exec(t);
  if (!m) return undefined;
  const burst = Number(m[1]);
  const quietSeconds = Number(m[2]);
  return burst > 0 && quietSeconds > 0 ? { burst, quietSeconds } : undefined;
}
