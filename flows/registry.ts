import type { Catalog } from "../src/i18n/catalog.ts";
import type { Preferences } from "../src/users/preferences.ts";
import type { FlowDefinition } from "../src/conversation/flow-contract.ts";
import type { CommandDef } from "../src/conversation/commands.ts";
import { jobMessages, contactNotice, roomTexts } from "./shared/job-report.ts";
import type { MoveServices } from "./move/move-actors.ts";
import { languageFlow } from "./language/language.ts";
import { moveFlow } from "./move/move.ts";
import { resumeFlow } from "./move/resume.ts";
import { statusFlow } from "./move/status.ts";
import { backupFlow } from "./backup/backup.ts";
import type { BackupServices } from "./backup/backup-actor.ts";
import { importFlow } from "./import/import.ts";
import { restoreFlow } from "./restore/restore.ts";
import type { RestoreServices } from "./restore/restore-actors.ts";
import type { ImportServices } from "./import/import-actors.ts";
import type { AdminServices, AdminOptions } from "./admin/admin-services.ts";
import { broadcastFlow } from "./admin/broadcast.ts";
import { broadcastsFlow } from "./admin/broadcasts.ts";
import { statsFlow } from "./admin/stats.ts";
import { roomMoveFlow } from "./room-move/room-move.ts";
import type { RoomMoveServices } from "./room-move/room-move-actors.ts";

/**
 * Every command, in menu order: its id is its chat word's key and its XEP-0050
 * node. Adding a command is one folder in flows/ and one line here (and in buildFlows).
 */
export const COMMANDS: CommandDef[] = [
  { id: "move", flow: "move" },
  { id: "status", flow: "status" },
  { id: "resume", flow: "resume" },
  { id: "import", flow: "import", startsFromSharedFile: true },
  { id: "backup", flow: "backup" },
  { id: "restore", flow: "restore" },
  { id: "language", flow: "language" },
  { id: "move-room", flow: "move-room" },
  { id: "broadcast", adminOnly: true, flow: "broadcast" },
  { id: "broadcasts", adminOnly: true, flow: "broadcasts" },
  { id: "stats", adminOnly: true, flow: "stats" },
  { id: "help" },
];

export { createAdmin } from "./admin/admin-services.ts";
export { moveTotals } from "./admin/compute-stats.ts";
export { backupOldAccount } from "./move/move-backup.ts";
/** The bot's own connection, as the admin commands use it. */
export type AdminConnection = AdminOptions["xmpp"];

/** How the features word what the job engine tells (the engine renders no text). */
export const jobWording = { messages: jobMessages, contactNotice, roomTexts };

/** The services flows are built with (their actors come from src/ and use these). */
export interface FlowServices {
  catalog: Catalog;
  preferences: Preferences;
  move: MoveServices;
  /** The backup's own services (its size cap, messages after the conversation moved on); sign-in and vault are the move's. */
  backup: Omit<BackupServices, "secrets" | "signIn">;
  /** The import's services but sign-in, which it shares with the move. */
  contactImport: ImportServices;
  /** `move room`: the owner's room operations, its journal, FERRY_MUC_SERVICES. */
  roomMove: RoomMoveServices;
  restore: RestoreServices;
  /** The admin commands' services; they need the bot's connection, so engines without one go without them. */
  admin?: AdminServices;
}

/** Builds every flow once, at start-up. */
export function buildFlows(services: FlowServices): Map<string, FlowDefinition> {
  const flows = [languageFlow(services), moveFlow(services.move), resumeFlow(services.move), statusFlow(services.move), backupFlow({ ...services.backup, secrets: services.move.secrets, signIn: services.move.signIn }), importFlow(services.contactImport), roomMoveFlow(services.roomMove), restoreFlow(services.restore)];
  if (services.admin) flows.push(broadcastFlow(services.admin), broadcastsFlow(services.admin), statsFlow(services.admin));
  return new Map(flows.map((f) => [f.id, f]));
}
