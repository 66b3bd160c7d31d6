/**
 * The one shape of a contact, shared by the move planner, the importers,
 * reports and the roster writer.
 */
export type Subscription = "none" | "to" | "from" | "both";

export interface Contact {
  /** Bare JID, normalised by `normaliseJid` (lower-case local part and domain). */
  jid: string;
  /** Display name (roster item `name`), if any. */
  name?: string;
  /** Roster groups, deduplicated, in source order. */
  groups: string[];
  /** Subscription state on the source, when the source knows it (roster, XEP-0227). */
  subscription?: Subscription;
  /** True when the source had an outgoing subscription request pending (`ask='subscribe'`). */
  ask?: boolean;
}

/** Whether the user receives the contact's presence on the source (a request must go out from the new account). */
export function userWasSubscribedTo(c: Contact): boolean {
  return c.subscription === "to" || c.subscription === "both" || c.ask === true;
}

/** Whether the contact received the user's presence on the source (pre-approve it on the new account). */
export function contactWasSubscribedToUser(c: Contact): boolean {
  return c.subscription === "from" || c.subscription === "both";
}
