import type { Logger } from "pino";
import type { Catalog } from "../i18n/catalog.ts";
import type { Preferences } from "../users/preferences.ts";
import type { KnownUsers } from "../users/known-users.ts";
import type { CommandDef } from "./commands.ts";
import type { FlowDefinition } from "./flow-contract.ts";
import type { SecretVault } from "./secret-vault.ts";

/** What both conversation front-ends (chat and XEP-0050) need. */
export interface ConversationDeps {
  catalog: Catalog;
  preferences: Preferences;
  /** Everyone who wrote to the bot (for broadcasts on servers that cannot list their users). */
  knownUsers: KnownUsers;
  flows: ReadonlyMap<string, FlowDefinition>;
  commands: CommandDef[];
  secrets: SecretVault;
  admins: ReadonlySet<string>;
  log: Logger;
  /** Hears how long each answer took, in seconds (the metrics, when FERRY_METRICS is set). */
  replied?: (channel: "chat" | "adhoc", seconds: number) => void;
}
