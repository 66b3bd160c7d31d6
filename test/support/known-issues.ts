import type { ServerKind } from "../../src/devserver/xmpp-test-server.ts";

/**
 * Checks that fail on one server kind for a known reason whose fix in Ferry
 * is on its way (branch interop-fixes). Each entry names the server's
 * behaviour; remove an entry once its fix is merged, and the checks it
 * guards run again. Anything else failing on a kind is a bug, not an entry here.
 */
const KNOWN_ISSUES = {
  /** ejabberd 23.01 accepts only pubsub#access_model and pubsub#persist_items as publish-options: the XEP-0402 copy gets resource-constraint. */
  "bookmark-publish-options": { on: "ejabberd", reason: "XEP-0402 publish-options refused with resource-constraint" },
  /** ejabberd 23.01's mod_roster drops an advance `subscribed` (RFC 6121 pre-approval). */
  "no-pre-approval": { on: "ejabberd", reason: "no subscription pre-approval" },
  /** Debian's mod_pres_counter drops a session's 6th and later subscription requests within 60 s, with no error to the sender (the roster still shows them as asked). */
  "pres-counter": { on: "ejabberd", reason: "mod_pres_counter drops requests beyond 5 a minute" },
  /**
   * The same module on the receiving side keeps its count per process, and all
   * stanzas from one remote server arrive through one s2s connection process: after
   * 5 subscription stanzas (requests and pre-approvals, from any of that server's
   * users) in 60 s the rest are dropped, logged as "User … is being flooded".
   * No pacing of one session helps; only pacing per destination server would.
   */
  "pres-counter-s2s": { on: "ejabberd", reason: "mod_pres_counter drops subscription stanzas beyond 5 a minute arriving over one s2s connection" },
} as const satisfies Record<string, { on: ServerKind; reason: string }>;

export type KnownIssue = keyof typeof KNOWN_ISSUES;

/** Whether `kind` has any of `issues` (for `it.skipIf`, or to leave out the checks it would fail). */
export function hasKnownIssue(kind: ServerKind, ...issues: KnownIssue[]): boolean {
  return issues.some((i) => KNOWN_ISSUES[i].on === kind);
}
