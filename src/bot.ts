import { join } from "node:path";
import type { Logger } from "pino";
import type { Settings } from "./config/settings.ts";
import { createLogger } from "./log/logger.ts";
import { openStore } from "./store/open-store.ts";
import { withoutUrlPassword } from "./store/store-url.ts";
import { Catalog } from "./i18n/catalog.ts";
import { RateLimiter } from "./guard/rate-limiter.ts";
import { composeFerry } from "./composition.ts";
import { createBotConnection } from "./protocol/connection/bot-connection.ts";
import { routeChat } from "./protocol/bot/chat-router.ts";
import { respondToAdhoc } from "./protocol/bot/adhoc-responder.ts";
import { answerDiscovery } from "./protocol/bot/service-discovery.ts";
import { answerVersion } from "./protocol/bot/software-version.ts";
import { handlePresence } from "./protocol/bot/presence-handler.ts";
import { domainOf } from "./core/jid.ts";
import { signIn } from "./protocol/connection/account-session.ts";
import { serviceCandidates } from "./protocol/connection/service-candidates.ts";
import { copyProfile, inspectProfile } from "./protocol/profile/copy-profile.ts";
import { publishMovedStatement } from "./protocol/profile/moved-statement.ts";
import { restorePart } from "./protocol/profile/restore-profile.ts";
import { inspectRooms } from "./protocol/muc/room-membership.ts";
import { roomOwnerOps } from "./protocol/muc/room-owner.ts";
import { rosterExchange } from "./protocol/bot/roster-exchange.ts";
import { transportEscaping } from "./protocol/bot/transport-escaping.ts";

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
  const exchange = rosterExchange(xmpp);
  const engine = composeFerry(settings, {
    store,
    catalog,
    log,
    signIn: (jid, password) => signIn(jid, password, { serviceMap: settings.serviceMap }),
    profile: { inspect: inspectProfile, inspectRooms: (old) => inspectRooms(old), copy: copyProfile, publishStatement: publishMovedStatement, restorePart },
    rooms: roomOwnerOps,
    userClients: { takesSuggestions: (user) => exchange.accepts(user), suggest: (user, contacts, body) => exchange.suggest(user, contacts, body) },
    transportEscaping: (domain) => transportEscaping(xmpp, domain),
    outbox: { notify: (user, texts) => router.notify(user, texts), progress: (user, text) => router.progress(user, text) },
    bot: xmpp,
  });
  const limiter = new RateLimiter(settings.userRatePerMinute, settings.userRateBurst);
  const sweeper = setInterval(() => limiter.sweep(), 60_000);
  sweeper.unref();

  const botDomain = domainOf(settings.jid);
  const allowedDomains = settings.allowOtherDomains ? undefined : [botDomain];
  const router = routeChat({ xmpp, botJid: settings.jid, chat: engine.chat, catalog, limiter, maxChars: settings.maxMessageChars, allowedDomains, log });
  respondToAdhoc(xmpp, engine.adhoc, log);
  answerDiscovery(xmpp, engine.adhoc);
  answerVersion(xmpp);
  const allowed = (user: string) => !allowedDomains || allowedDomains.includes(domainOf(user));
  handlePresence(xmpp, settings.jid, allowed, catalog.t(catalog.defaultLocale, "presence-status"));

  try {
    await connection.start();
  } catch (err) {
    await connection.stop();
    await store.disconnect().catch(() => undefined);
    const e = err as { condition?: string; message?: string };
    throw new StartFailure(`cannot sign in as ${settings.jid} at ${connection.service()}: ${e.condition ?? e.message ?? String(err)}`);
  }
  try {
    await engine.start();
  } catch (err) {
    // A FERRY_METRICS port in use: Ferry says so and leaves nothing open.
    await engine.stop().catch(() => undefined);
    await connection.stop();
    await store.disconnect().catch(() => undefined);
    throw err;
  }

  return {
    log,
    failed,
    async stop() {
      log.info("stopping");
      clearInterval(sweeper);
      // Running moves and broadcasts stop between two contacts; their journals let them go on later.
      await engine.stop();
      await connection.stop();
      await store.disconnect().catch(() => undefined);
      log.info("stopped");
    },
  };
}
