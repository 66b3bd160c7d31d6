import type { Catalog } from "../i18n/catalog.ts";
import type { Preferences } from "../users/preferences.ts";
import type { FlowDefinition } from "../conversation/flow-contract.ts";
import type { MoveServices } from "../migration/move-actors.ts";
import { languageFlow } from "../../flows/language.ts";
import { moveFlow } from "../../flows/move.ts";
import { resumeFlow } from "../../flows/resume.ts";
import { statusFlow } from "../../flows/status.ts";
import { backupFlow } from "../../flows/backup.ts";
import { importFlow } from "../../flows/import.ts";
import type { ImportServices } from "../importers/import-actors.ts";
import type { AdminServices } from "../admin/admin-services.ts";
import { broadcastFlow } from "../../flows/broadcast.ts";
import { broadcastsFlow } from "../../flows/broadcasts.ts";
import { statsFlow } from "../../flows/stats.ts";

/** The services flows are built with (their actors come from src/ and use these). */
export interface FlowServices {
  catalog: Catalog;
  preferences: Preferences;
  move: MoveServices;
  contactImport: ImportServices;
  /** The admin commands' services; they need the bot's connection, so engines without one go without them. */
  admin?: AdminServices;
}

/** Builds every flow once, at start-up. */
export function buildFlows(services: FlowServices): Map<string, FlowDefinition> {
  const flows = [languageFlow(services), moveFlow(services.move), resumeFlow(services.move), statusFlow(services.move), backupFlow(services.move), importFlow(services.contactImport)];
  if (services.admin) flows.push(broadcastFlow(services.admin), broadcastsFlow(services.admin), statsFlow(services.admin));
  return new Map(flows.map((f) => [f.id, f]));
}
