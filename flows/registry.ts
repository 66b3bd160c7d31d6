import type { Catalog } from "../src/i18n/catalog.ts";
import type { Preferences } from "../src/users/preferences.ts";
import type { FlowDefinition } from "../src/conversation/flow-contract.ts";
import type { MoveServices } from "./move/move-actors.ts";
import { languageFlow } from "./language/language.ts";
import { moveFlow } from "./move/move.ts";
import { resumeFlow } from "./move/resume.ts";
import { statusFlow } from "./move/status.ts";
import { backupFlow } from "./backup/backup.ts";
import { importFlow } from "./import/import.ts";
import type { ImportServices } from "./import/import-actors.ts";
import type { AdminServices } from "./admin/admin-services.ts";
import { broadcastFlow } from "./admin/broadcast.ts";
import { broadcastsFlow } from "./admin/broadcasts.ts";
import { statsFlow } from "./admin/stats.ts";

/** The services flows are built with (their actors come from src/ and use these). */
export interface FlowServices {
  catalog: Catalog;
  preferences: Preferences;
  move: MoveServices;
  /** The import's services but sign-in, which it shares with the move. */
  contactImport: Omit<ImportServices, "signIn">;
  /** The admin commands' services; they need the bot's connection, so engines without one go without them. */
  admin?: AdminServices;
}

/** Builds every flow once, at start-up. */
export function buildFlows(services: FlowServices): Map<string, FlowDefinition> {
  const flows = [languageFlow(services), moveFlow(services.move), resumeFlow(services.move), statusFlow(services.move), backupFlow(services.move), importFlow({ ...services.contactImport, signIn: services.move.signIn })];
  if (services.admin) flows.push(broadcastFlow(services.admin), broadcastsFlow(services.admin), statsFlow(services.admin));
  return new Map(flows.map((f) => [f.id, f]));
}
