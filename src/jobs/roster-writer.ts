import type { AccountSession } from "../protocol/connection/account-session.ts";
import { writeRosterItem, sameRosterEntry, askSubscription, preApprove, type RosterItem, type RequestNote } from "../protocol/account/roster.ts";
import type { JobContact } from "./job.ts";
import type { ServerLane } from "./server-pace.ts";
import { conditionOf, isRetryable, isStanzaError } from "../protocol/stanza-error.ts";


export interface RosterWriteOptions {
  /** Turns toward the account's server: every stanza of a contact takes one. */
  lane: ServerLane;
  /** What each subscription request carries: the old address for a move, the nickname for an import. */
  requestNote: RequestNote;
  retryDelayMs?: number;
  /** Checked before a contact is started: a cancelled job leaves it untouched and pending. */
  cancelled?: () => boolean;
  /** Told when a subscription presence (a request or a pre-approval) has left: see SubscriptionPace. */
  subscriptionSent?: () => void;
}

/** What the account's roster already shows: a request that needs no sending, an approval that needs no giving. */
function alreadyThere(existing: RosterItem | undefined): { asked: boolean; approved: boolean } {
  return {
    asked: existing?.ask === true || existing?.subscription === "to" || existing?.subscription === "both",
    approved: existing?.subscription === "from" || existing?.subscription === "both",
  };
}

/**
 * The subscription presences addContact will send for this contact: its request,
 * and its pre-approval where the server keeps one (see AccountSession.preApproval).
 */
export function subscriptionPresences(contact: JobContact, existing: RosterItem | undefined, preApproval: boolean): number {
  const there = alreadyThere(existing);
  const ask = contact.subscribe && !contact.subscribeSent && !there.asked;
  const approve = contact.preApprove && !there.approved && preApproval;
  return Number(ask) + Number(approve);
}

/**
 * What an item the account already has becomes: its own name stays (the source's fills a
 * missing one), and the groups of both sides are kept. Someone moving into an account
 * already in use keeps how they sorted it there.
 */
function merged(existing: RosterItem, contact: JobContact): Pick<JobContact, "jid" | "name" | "groups"> {
  const name = existing.name || contact.name;
  return { jid: contact.jid, ...(name ? { name } : {}), groups: [...new Set([...existing.groups, ...contact.groups])] };
}

/**
 * Puts one contact on an account, the part moves and imports share: the
 * roster item (checked, retried on `wait`), then the subscription request and
 * the pre-approval the contact needs. What the account's roster already shows
 * (the item, a pending `ask`, a subscription) is never written or sent again.
 * A server without pre-approval drops an advance `subscribed`: none is sent, and
 * the contact is marked `preApprovalUnsupported` for the report.
 * Updates the contact's journal fields in place. Rejects, the contact left
 * pending, when the connection fails (see isStanzaError).
 */
export async function addContact(target: AccountSession, contact: JobContact, existing: RosterItem | undefined, opts: RosterWriteOptions): Promise<void> {
  // A contact is all or nothing: once started, its stanzas all go out, so a
  // report never counts a half-moved contact.
  await opts.lane.take();
  if (opts.cancelled?.()) return;
  let paced = true;
  const pace = async () => {
    if (!paced) await opts.lane.take();
    paced = false;
  };
  const item = existing ? merged(existing, contact) : contact;
  if (!existing || !sameRosterEntry(existing, item)) {
    for (let attempt = 1; ; attempt++) {
      try {
        await pace();
        await writeRosterItem(target, item);
        break;
      } catch (err) {
        if (attempt < 3 && isRetryable(err)) {
          await new Promise((r) => setTimeout(r, (opts.retryDelayMs ?? 1000) * attempt));
          continue;
        }
        if (!isStanzaError(err)) throw err;
        contact.state = "failed";
        contact.error = conditionOf(err);
        return;
      }
    }
  }
  const there = alreadyThere(existing);
  if (contact.subscribe && !contact.subscribeSent && !there.asked) {
    await pace();
    await askSubscription(target, contact.jid, opts.requestNote);
    opts.subscriptionSent?.();
  }
  if (contact.subscribe) contact.subscribeSent = true;
  if (contact.preApprove && !there.approved) {
    if (target.preApproval) {
      await pace();
      await preApprove(target, contact.jid);
      opts.subscriptionSent?.();
    } else contact.preApprovalUnsupported = true;
  }
  contact.state = "done";
}
