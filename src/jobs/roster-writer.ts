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
  const alreadyAsked = existing?.ask === true || existing?.subscription === "to" || existing?.subscription === "both";
  if (contact.subscribe && !contact.subscribeSent && !alreadyAsked) {
    await pace();
    await askSubscription(target, contact.jid, opts.requestNote);
  }
  if (contact.subscribe) contact.subscribeSent = true;
  const alreadyApproved = existing?.subscription === "from" || existing?.subscription === "both";
  if (contact.preApprove && !alreadyApproved) {
    await pace();
    await preApprove(target, contact.jid);
  }
  contact.state = "done";
}
