import type { Contact } from "../../src/core/contact.ts";
import { userWasSubscribedTo, contactWasSubscribedToUser } from "../../src/core/contact.ts";
import { normaliseJid, domainOf } from "../../src/core/jid.ts";
import { countsArrivingRequests } from "../../src/jobs/destination-pace.ts";
import { migrationPlan, type MigrationPlan, type PlannedContact, type SkippedContact, type SkipReason } from "../../src/core/migration-plan.ts";

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

/** Server software whose offline storage drops `<moved/>` from a subscription request (ejabberd issue 4295). */
const DROPS_MOVED = new Set(["ejabberd"]);

/**
 * Marks the contacts who will get a request but whose server (by the name it gives its
 * software) may strip the `<moved/>` from it: the news must reach them as a chat notice.
 */
export function requireNotices(plan: MigrationPlan, serverOf: (domain: string) => string | undefined): number {
  let marked = 0;
  for (const contact of plan.contacts) {
    const software = serverOf(domainOf(contact.jid))?.toLowerCase();
    if (contact.subscribe && software !== undefined && DROPS_MOVED.has(software)) {
      contact.noticeRequired = true;
      marked += 1;
    }
  }
  return marked;
}

/**
 * Marks the contacts whose server counts the subscription presences arriving from another
 * server (ejabberd): theirs wait for that server's pace. Contacts on the new account's own
 * domain get theirs without crossing servers.
 */
export function markCountedRequests(plan: MigrationPlan, serverOf: (domain: string) => string | undefined, targetDomain: string): void {
  for (const contact of plan.contacts) {
    const domain = domainOf(contact.jid);
    if ((contact.subscribe || contact.preApprove) && domain !== targetDomain && countsArrivingRequests(serverOf(domain))) contact.serverCountsRequests = true;
  }
}

/** A move's plan: each roster item is moved with the subscriptions it had, or skipped with the reason. */
export function planMigration(roster: Contact[], ctx: PlanContext): MigrationPlan {
  const contacts: PlannedContact[] = [];
  const skipped: SkippedContact[] = [];
  const seen = new Set<string>();
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
      contacts.push({ ...item, jid, subscribe: userWasSubscribedTo(item), preApprove: contactWasSubscribedToUser(item) });
    }
  }
  return migrationPlan({ source: ctx.source, target: ctx.target, contacts, skipped });
}
