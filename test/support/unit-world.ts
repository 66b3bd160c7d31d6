import Keyv from "keyv";
import { join } from "node:path";
import { Catalog } from "../../src/i18n/catalog.ts";
import { Preferences } from "../../src/users/preferences.ts";
import { KnownUsers } from "../../src/users/known-users.ts";
import { SessionStore } from "../../src/conversation/session-store.ts";
import { SecretVault } from "../../src/conversation/secret-vault.ts";
import { ChatConversations } from "../../src/conversation/chat-conversations.ts";
import { AdhocConversations } from "../../src/conversation/adhoc-conversations.ts";
import { COMMANDS } from "../../src/conversation/commands.ts";
import { buildFlows } from "../../flows/registry.ts";
import { createLogger } from "../../src/log/logger.ts";
import { JobStore } from "../../src/jobs/job-store.ts";
import { JobManager } from "../../src/jobs/job-manager.ts";
import { FakeAccounts } from "./fake-accounts.ts";
import type { Contact } from "../../src/core/contact.ts";

export const LOCALES_DIR = join(import.meta.dirname, "../../locales");
export const UNIT_BOT = "migrate@old.test";

/**
 * The chat and ad-hoc engines over an in-memory store and fake accounts;
 * `restart()` builds new engines on the same store, as a bot restart would.
 * Messages a job sends outside a reply land in `notices`.
 */
export function unitWorld(opts: { admins?: string[]; serverRate?: number; providers?: string[]; locales?: { defaultLocale: string; offered?: string[] } } = {}) {
  const store = new Keyv();
  const catalog = Catalog.load(LOCALES_DIR, opts.locales ?? { defaultLocale: "en" });
  const accounts = new FakeAccounts();
  const notices: { user: string; text: string }[] = [];
  const suggestions: { user: string; contacts: Contact[] }[] = [];
  /** Users whose client does not announce XEP-0144 (every other one does). */
  const clientsWithoutSuggestions = new Set<string>();
  const build = () => {
    const preferences = new Preferences(store);
    const secrets = new SecretVault();
    const jobs = new JobStore(store, "job");
    const imports = new JobStore(store, "import");
    const log = createLogger("silent");
    const manager = new JobManager({
      stores: { move: jobs, import: imports },
      catalog,
      preferences,
      log,
      signIn: accounts.signIn,
      copyProfile: async () => [],
      publishStatement: async () => undefined,
      serverRate: opts.serverRate ?? 0,
      botJid: UNIT_BOT,
    });
    const move = {
      secrets,
      jobs,
      manager,
      botJid: UNIT_BOT,
      signIn: accounts.signIn,
      inspectProfile: async () => ({ vcard: false, avatar: false, bookmarks: 0, legacyBookmarks: 0, blocklist: 0, unreadable: [] }),
      serviceMap: {},
      providers: opts.providers ?? [],
    };
    const contactImport = {
      secrets,
      manager,
      contactMap: new Map<string, string>(),
      transports: {},
      transportEscaping: async () => "percent" as const,
      maxBytes: 5 * 1024 * 1024,
      allowPrivate: true,
      clientTakesSuggestions: async (user: string) => !clientsWithoutSuggestions.has(user),
      suggest: async (user: string, contacts: Contact[]) => void suggestions.push({ user, contacts }),
    };
    const deps = {
      catalog,
      preferences,
      knownUsers: new KnownUsers(store),
      flows: buildFlows({ catalog, preferences, move, contactImport }),
      commands: COMMANDS,
      secrets,
      admins: new Set(opts.admins ?? []),
      log,
    };
    const chat = new ChatConversations(deps, new SessionStore(store));
    manager.connect({
      notify: async (user, texts) => void notices.push(...texts.map((text) => ({ user, text }))),
      progress: async (user, text) => void notices.push({ user, text }),
      deliver: async (user, event) => void notices.push(...(await chat.deliver(user, event)).map((text) => ({ user, text }))),
    });
    return { deps, chat, adhoc: new AdhocConversations(deps), manager, jobs, secrets };
  };
  let current = build();
  return {
    store,
    catalog,
    accounts,
    notices,
    suggestions,
    clientsWithoutSuggestions,
    get chat() {
      return current.chat;
    },
    get adhoc() {
      return current.adhoc;
    },
    get manager() {
      return current.manager;
    },
    get jobs() {
      return current.jobs;
    },
    get deps() {
      return current.deps;
    },
    restart() {
      current = build();
    },
    /** Waits for a message a background job sent (a report, a progress line). */
    async untilNotice(pattern: RegExp): Promise<string> {
      for (let i = 0; i < 300; i++) {
        const hit = notices.find((n) => pattern.test(n.text));
        if (hit) return hit.text;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`no notice ${pattern}: ${JSON.stringify(notices)}`);
    },
  };
}
