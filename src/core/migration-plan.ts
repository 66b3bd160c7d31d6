import type { Contact } from "./contact.ts";

/**
 * What a move or an import will do, decided before anything changes: every
 * entry of the source (roster or file) is either planned (with the actions it
 * needs) or skipped with a reason. Nothing is left out silently.
 */

/** Why an entry is not moved or imported: a roster's (up to `duplicate`) or a file's (the last three, from address mapping). */
export type SkipReason =
  | "transport"
  | "legacy-network"
  | "invalid-jid"
  | "self"
  | "target"
  | "bot"
  /** Another entry of the roster has the same address once normalised: that one is moved. */
  | "duplicate"
  | "no-mapping"
  | "invalid-address"
  | "transport-unknown";

export interface PlannedContact extends Contact {
  /** Send a subscription request (with <moved/>) from the new account. */
  subscribe: boolean;
  /** Pre-approve the contact's subscription to the new account. */
  preApprove: boolean;
  /**
   * The contact's server may drop `<moved/>` from the request while the contact is offline
   * (ejabberd, its issue 4295): the contact gets the chat notice even if the user asked for none.
   */
  noticeRequired?: boolean;
  /**
   * The contact's server counts subscription presences arriving from another server (ejabberd's
   * mod_pres_counter): the request and pre-approval wait for that server's pace (DestinationPaces).
   */
  serverCountsRequests?: boolean;
}

export interface SkippedContact {
  /** The normalised JID, or the entry's address as written when it is none. */
  jid: string;
  name?: string;
  reason: SkipReason;
}

export interface MigrationPlan {
  /** The account moved from; for an import, the user whose file it is. */
  source: string;
  target: string;
  contacts: PlannedContact[];
  skipped: SkippedContact[];
  groups: string[];
  /** Planned contacts by subscription state on the source; `pending`: none yet, but the user's request is unanswered (`ask`), so one goes out again. */
  bySubscription: { both: number; to: number; from: number; pending: number; none: number };
  /** An import's contacts whose own request to see the user was never answered: added without approval or a request. */
  unanswered?: string[];
}

/** A plan from its decisions: the groups and the counts follow from the planned contacts. */
export function migrationPlan(decided: Omit<MigrationPlan, "groups" | "bySubscription">): MigrationPlan {
  const bySubscription = { both: 0, to: 0, from: 0, pending: 0, none: 0 };
  for (const c of decided.contacts) {
    const subscription = c.subscription ?? "none";
    bySubscription[subscription === "none" && c.ask ? "pending" : subscription] += 1;
  }
  const groups = [...new Set(decided.contacts.flatMap((c) => c.groups))].sort((a, b) => a.localeCompare(b));
  return { ...decided, groups, bySubscription };
}
