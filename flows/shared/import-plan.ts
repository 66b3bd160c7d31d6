import { userWasSubscribedTo, contactWasSubscribedToUser } from "../../src/core/contact.ts";
import { migrationPlan, type MigrationPlan, type PlannedContact } from "../../src/core/migration-plan.ts";
import type { MappingResult } from "../../src/importers/address-mapping.ts";

export interface ImportPlanContext {
  /** Who imports: the plan's source, and its target until the user picks an account. */
  user: string;
  /** The file is an account export (XEP-0227), which says who shared presence with whom. */
  fromRoster: boolean;
}

/** An import's plan: each mapped contact is added, each entry without an address is skipped with the mapping's reason. */
export function planImport({ mapped, unmapped }: MappingResult, ctx: ImportPlanContext): MigrationPlan {
  // An account export says who shared presence with whom: follow it, so nobody is pre-approved whom the
  // user never accepted (an unanswered request, an unreadable subscription). Other files only name people
  // the user wants as contacts: ask them, and let them see the user.
  const contacts: PlannedContact[] = mapped.map(({ contact }) => ({
    ...contact,
    subscribe: ctx.fromRoster ? userWasSubscribedTo(contact) : true,
    preApprove: ctx.fromRoster ? contactWasSubscribedToUser(contact) : true,
  }));
  const skipped = unmapped.map(({ entry, reason }) => ({ jid: entry.address, ...(entry.name ? { name: entry.name } : {}), reason }));
  const unanswered = mapped.filter(({ contact, from }) => from.pendingIn === true && !contactWasSubscribedToUser(contact)).map(({ contact }) => contact.jid);
  return migrationPlan({ source: ctx.user, target: ctx.user, contacts, skipped, ...(unanswered.length > 0 ? { unanswered } : {}) });
}
