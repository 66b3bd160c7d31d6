import { xml } from "@xmpp/client";
import { join } from "node:path";
import type { Logger } from "pino";
import type { Settings } from "./config/settings.ts";
import { createLogger } from "./log/logger.ts";
import { openStore } from "./store/open-store.ts";
import { Catalog } from "./i18n/catalog.ts";
import { Preferences } from "./users/preferences.ts";
import { KnownUsers } from "./users/known-users.ts";
import { SessionStore } from "./conversation/session-store.ts";
import { SecretVault } from "./conversation/secret-vault.ts";
import { ChatConversations } from "./conversation/chat-conversations.ts";
import { AdhocConversations } from "./conversation/adhoc-conversations.ts";
import type { ConversationDeps } from "./conversation/conversation-deps.ts";
import { COMMANDS } from "./conversation/commands.ts";
import { buildFlows } from "../flows/registry.ts";
import { RateLimiter } from "./guard/rate-limiter.ts";
import { createBotConnection } from "./protocol/connection/bot-connection.ts";
import { routeChat } from "./protocol/bot/chat-router.ts";
import { respondToAdhoc } from "./protocol/bot/adhoc-responder.ts";
import { answerDiscovery } from "./protocol/bot/service-discovery.ts";
import { answerVersion } from "./protocol/bot/software-version.ts";
import { handlePresence } from "./protocol/bot/presence-handler.ts";
import { domainOf } from "./core/jid.ts";
import { signIn } from "./protocol/connection/account-session.ts";
import { serviceCandidates } from "./protocol/connection/service-candidates.ts";
import { JobStore } from "./jobs/job-store.ts";
import { JobManager } from "./jobs/job-manager.ts";
import { copyProfile, inspectProfile } from "./protocol/profile/copy-profile.ts";
import { publishMovedStatement } from "./protocol/profile/moved-statement.ts";
import { rosterExchange } from "./protocol/bot/roster-exchange.ts";
import { transportEscaping } from "./protocol/bot/transport-escaping.ts";
import { chooseLanguage } from "./i18n/choose-language.ts";
import type { Contact } from "./core/contact.ts";
import { createAdmin } from "../flows/admin/admin-services.ts";

export const LOCALES_DIR = join(import.meta.dirname, "../locales");

export interface Ferry {
  log: Logger;
  /** Rejects when the bot's connection fails for good (wrong password...). */
  failed: Promise<never>;
  stop(): Promise<void>;
}

/** Why Ferry could not start, as the one line `ferry` prints. Never holds a password. */
export class StartFailure extends Error {
  override name = "StartFailure";
}

/** A driver's error text with the store URL's password (as written, or decoded) taken out. */
function withoutUrlPassword(text: string, url: string): string {
  const written = URL.canParse(url) ? new URL(url).password : "";
  if (!written) return text;
  return text.replaceAll(written, "…").replaceAll(decodeURIComponent(written), "…");
}

/**
 * Wires the engine to one XMPP connection and starts it. Rejects with a
 * SettingsError for a locale without a catalogue, with a StartFailure when
 * the store cannot be opened or the bot cannot sign in.
 */
export async function startFerry(settings: Settings, opts: { log?: Logger } = {}): Promise<Ferry> {
  const log = opts.log ?? createLogger(settings.logLevel);
  // Before the store, so a locale without a catalogue (a SettingsError) leaves nothing open.
  const catalog = Catalog.load(LOCALES_DIR, {
    defaultLocale: settings.locale,
    offered: settings.locales,
    onMissing: (locale, key) => log.warn({ locale, key }, "missing translation"),
  });
  const store = await openStore(settings.store, (err) => log.error({ err }, "store error")).catch((err: unknown) => {
    const reason = err instanceof Error ? err.message : String(err);
    throw new StartFailure(`FERRY_STORE: cannot open the store: ${withoutUrlPassword(reason, settings.store)}`);
  });
  const preferences = new Preferences(store);
  const knownUsers = new KnownUsers(store);
  const secrets = new SecretVault();
  const jobs = new JobStore(store, "job");
  const imports = new JobStore(store, "import");
  const signInUser = (jid: string, password: string) => signIn(jid, password, { serviceMap: settings.serviceMap });
  const manager = new JobManager({
    stores: { move: jobs, import: imports },
    catalog,
    preferences,
    log,
    signIn: signInUser,
    copyProfile,
    publishStatement: publishMovedStatement,
    serverRate: settings.serverRate,
    botJid: settings.jid,
  });
  let fail: (err: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  const connection = createBotConnection({
    jid: settings.jid,
    password: settings.password,
    services: async () => (settings.service ? [settings.service] : serviceCandidates(settings.jid, settings.serviceMap)),
    log,
    onFatal: (err) => fail(err),
  });
  const { xmpp } = connection;
  const move = {
    secrets,
    jobs,
    manager,
    botJid: settings.jid,
    signIn: signInUser,
    inspectProfile,
    serviceMap: settings.serviceMap,
    providers: settings.providers,
    serverRate: settings.serverRate,
  };
  const exchange = rosterExchange(xmpp);
  const contactImport = {
    secrets,
    manager,
    contactMap: settings.contactMap,
    transports: settings.transports,
    transportEscaping: (domain: string) => transportEscaping(xmpp, domain),
    maxBytes: settings.importMaxBytes,
    allowPrivate: settings.importAllowPrivate,
    clientTakesSuggestions: (user: string) => exchange.accepts(user),
    suggest: async (user: string, contacts: Contact[]) =>
      exchange.suggest(user, contacts, catalog.t(chooseLanguage(catalog, await preferences.get(user)), "import-suggestion-body", { count: contacts.length })),
  };
  const admin = createAdmin({
    xmpp,
    botJid: settings.jid,
    store,
    catalog,
    preferences,
    jobs,
    imports,
    log,
    broadcastRate: settings.broadcastRate,
    schedulerIntervalMs: settings.schedulerIntervalMs,
    notify: (user, texts) => router.notify(user, texts),
    knownUsers: () => knownUsers.all(),
    download: { maxBytes: settings.importMaxBytes, allowPrivate: settings.importAllowPrivate },
  });
  const deps: ConversationDeps = {
    catalog,
    preferences,
    knownUsers,
    flows: buildFlows({ catalog, preferences, move, contactImport, admin: admin.services }),
    commands: COMMANDS,
    secrets,
    admins: new Set(settings.admins),
    log,
  };
  const chat = new ChatConversations(deps, new SessionStore(store));
  const adhoc = new AdhocConversations(deps);
  const limiter = new RateLimiter(settings.userRatePerMinute, settings.userRateBurst);
  const sweeper = setInterval(() => limiter.sweep(), 60_000);
  sweeper.unref();

  const botDomain = domainOf(settings.jid);
  const allowedDomains = settings.allowOtherDomains ? undefined : [botDomain];
  const router = routeChat({ xmpp, botJid: settings.jid, chat, catalog, limiter, maxChars: settings.maxMessageChars, allowedDomains, log });
  manager.connect({
    notify: (user, texts) => router.notify(user, texts),
    progress: (user, text) => router.progress(user, text),
    deliver: async (user, event) => router.notify(user, await chat.deliver(user, event)),
  });
  respondToAdhoc(xmpp, adhoc, log);
  answerDiscovery(xmpp, adhoc);
  answerVersion(xmpp);
  handlePresence(xmpp, settings.jid, (user) => !allowedDomains || allowedDomains.includes(domainOf(user)));
  xmpp.on("online", () => {
    void xmpp.send(xml("presence", {}, xml("status", {}, catalog.t(catalog.defaultLocale, "presence-status")))).catch(() => undefined);
  });

  try {
    await connection.start();
  } catch (err) {
    await connection.stop();
    await store.disconnect().catch(() => undefined);
    const e = err as { condition?: string; message?: string };
    throw new StartFailure(`cannot sign in as ${settings.jid} at ${connection.service()}: ${e.condition ?? e.message ?? String(err)}`);
  }
  await manager.recover();
  // Another instance sharing the store may die while this one runs: its jobs are checked on the scheduler's tick.
  manager.watch(settings.schedulerIntervalMs);
  await admin.start();

  return {
    log,
    failed,
    async stop() {
      log.info("stopping");
      clearInterval(sweeper);
      await chat.drain();
      // Running moves stop between two contacts; the journal lets `resume` pick them up.
      await manager.interruptAll();
      // Broadcasts stop between two recipients; their journal lets the next start continue.
      await admin.stop();
      await connection.stop();
      secrets.clearAll();
      await store.disconnect().catch(() => undefined);
      log.info("stopped");
    },
  };
}
