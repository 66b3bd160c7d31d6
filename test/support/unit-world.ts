import Keyv from "keyv";
import { join } from "node:path";
import { Catalog } from "../../src/i18n/catalog.ts";
import { Preferences } from "../../src/users/preferences.ts";
import { SessionStore } from "../../src/conversation/session-store.ts";
import { SecretVault } from "../../src/conversation/secret-vault.ts";
import { ChatConversations } from "../../src/conversation/chat-conversations.ts";
import { COMMANDS } from "../../src/commands/command-list.ts";
import { buildFlows } from "../../src/commands/flow-registry.ts";
import { createLogger } from "../../src/log/logger.ts";

export const LOCALES_DIR = join(import.meta.dirname, "../../locales");

/** The chat engine over an in-memory store; `restart()` builds a new engine on the same store, as a bot restart would. */
export function unitWorld(opts: { admins?: string[] } = {}) {
  const store = new Keyv();
  const catalog = Catalog.load(LOCALES_DIR, { defaultLocale: "en" });
  const build = () => {
    const preferences = new Preferences(store);
    const deps = {
      catalog,
      preferences,
      flows: buildFlows({ catalog, preferences }),
      commands: COMMANDS,
      secrets: new SecretVault(),
      admins: new Set(opts.admins ?? []),
      log: createLogger("silent"),
    };
    return { deps, chat: new ChatConversations(deps, new SessionStore(store)) };
  };
  let current = build();
  return {
    store,
    catalog,
    get chat() {
      return current.chat;
    },
    get deps() {
      return current.deps;
    },
    restart() {
      current = build();
    },
  };
}
