import type { Contact } from "./contact.ts";
import { userWasSubscribedTo, contactWasSubscribedToUser } from "./contact.ts";
import { normaliseJid, domainOf } from "./jid.ts";

/**
 * What a move will do, decided before anything changes: every contact of the
 * source roster is either planned (with the actions it needs) or skipped with
 * a reason. Nothing is left out silently.
 */
/** Why an entry is not moved (roster: up to `duplicate`) or not imported (file: the last three, from address mapping). */
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
}

export interface SkippedContact {
  jid: string;
  name?: string;
  reason: SkipReason;
}

export interface MigrationPlan {
  source: string;
  target: string;
  contacts: PlannedContact[];
  skipped: SkippedContact[];
  groups: string[];
  /** Planned contacts by subscription state on the source; `pending`: none yet, but the user's request is unanswered (`ask`), so one goes out again. */
  bySubscription: { both: number; to: number; from: number; pending: number; none: number };
}

export interface PlanContext {
  source: string;
  target: string;
  bot: string;
  /** Domains known to be legacy gateways (roster items without a local part, or disco identity `gateway`). */
  gatewayDomains: ReadonlySet<string>;
}

/** Domains of roster items that are themselves transports (no local part: `msn.example.org`). */
export function transportItems(roster: Contact[]): Set<string> {
  return new Set(roster.map((c) => normaliseJid(c.jid)).filter((j): j is string => j !== undefined && !j.includes("@")));
}

export function planMigration(roster: Contact[], ctx: PlanContext): MigrationPlan {
  const contacts: PlannedContact[] = [];
  const skipped: SkippedContact[] = [];
  const seen = new Set<string>();
  const bySubscription = { both: 0, to: 0, from: 0, pending: 0, none: 0 };
  for (const item of roster) {
    const jid = normaliseJid(item.jid);
    const name = item.name;
    const skip = (reason: SkipReason) => skipped.push({ jid: jid ?? item.jid, ...(name ? { name } : {}), reason });
    if (!jid) skip("invalid-jid");
    else if (!jid.includes("@")) skip("transport");
    else if (ctx.gatewayDomains.has(domainOf(jid))) skip("legacy-network");
    else if (jid === ctx.source) skip("self");
    else if (jid === ctx.target) skip("target");
    else if (jid === ctx.bot) skip("bot");
    else if (seen.has(jid)) skip("duplicate");
    else {
      seen.add(jid);
      const planned: PlannedContact = {
        ...item,
        jid,
        subscribe: userWasSubscribedTo(item),
        preApprove: contactWasSubscribedToUser(item),
      };
      contacts.push(planned);
      const subscription = item.subscription ?? "none";
      bySubscription[subscription === "none" && item.ask ? "pending" : subscription] += 1;
    }
  }
  const groups = [...new Set(contacts.flatMap((c) => c.groups))].sort((a, b) => a.localeCompare(b));
  return { source: ctx.source, target: ctx.target, contacts, skipped, groups, bySubscription };
}
