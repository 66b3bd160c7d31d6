import type Keyv from "keyv";
import type { Logger } from "pino";
import type { Settings } from "./config/settings.ts";
import type { Catalog, MessageArgs } from "./i18n/catalog.ts";
import { chooseLanguage } from "./i18n/choose-language.ts";
import { Preferences } from "./users/preferences.ts";
import { KnownUsers } from "./users/known-users.ts";
import { SessionStore } from "./conversation/session-store.ts";
import { SecretVault } from "./conversation/secret-vault.ts";
import { ChatConversations } from "./conversation/chat-conversations.ts";
import { AdhocConversations } from "./conversation/adhoc-conversations.ts";
import type { ConversationDeps } from "./conversation/conversation-deps.ts";
import { JobStore } from "./jobs/job-store.ts";
import { storeAtomics } from "./store/atomics.ts";
import { JobEngine, type JobEngineDeps } from "./jobs/job-engine.ts";
import { ServerPaces } from "./jobs/server-pace.ts";
import { DestinationPaces } from "./jobs/destination-pace.ts";
import type { AccountSession } from "./protocol/connection/account-session.ts";
import type { ProfileInventory, ProfileItemReport } from "./protocol/profile/copy-profile.ts";
import type { RoomMembership } from "./protocol/muc/room-membership.ts";
import type { RoomOwnerOps } from "./protocol/muc/room-owner.ts";
import { RoomMoveStore } from "./jobs/room-move-journal.ts";
import type { Contact } from "./core/contact.ts";
import { FerryMetrics } from "./metrics/ferry-metrics.ts";
import { serveMetrics, type MetricsServer } from "./metrics/metrics-server.ts";
import { SettingsError } from "./config/settings-error.ts";
import { COMMANDS, buildFlows, jobWording, createAdmin, moveTotals, backupOldAccount, type AdminConnection } from "../flows/registry.ts";

/** What Ferry talks through: the bot's XMPP connection in `ferry`, fakes in unit tests. */
export interface FerryPorts {
  store: Keyv;
  catalog: Catalog;
  log: Logger;
  /** Signs in to a user's own account (rejects with a SignInError). */
  signIn(jid: string, password: string): Promise<AccountSession>;
  profile: {
    inspect(old: AccountSession): Promise<ProfileInventory>;
    /** The bookmarked group chats and the old account's place in each, read without the rooms noticing. */
    inspectRooms(old: AccountSession): Promise<RoomMembership[]>;
    copy(old: AccountSession, target: AccountSession): Promise<ProfileItemReport[]>;
    publishStatement(old: AccountSession, newJid: string): Promise<void>;
    /** Writes one part of a backup's profile on an account (a restore). */
    restorePart: JobEngineDeps["restorePart"];
  };
  /** What a room's owner does to move the room (`move room`). */
  rooms: RoomOwnerOps;
  /** The client a user writes from, reached through the bot (XEP-0144 suggestions). */
  userClients: {
    takesSuggestions(user: string): Promise<boolean>;
    suggest(user: string, contacts: Contact[], body: string): Promise<void>;
  };
  /** How a legacy gateway escapes addresses (asked of the gateway). */
  transportEscaping(domain: string): Promise<"xep0106" | "percent">;
  /** Messages to a user outside a reply (job reports, progress, broadcast reports). */
  outbox: {
    notify(user: string, texts: string[]): Promise<void>;
    progress(user: string, text: string): Promise<void>;
  };
  /** The bot's own connection, for the admin commands (XEP-0133 lists, broadcasts, uploads); without it there are none. */
  bot?: AdminConnection;
}

/**
 * Builds Ferry from settings and ports: the conversations (chat and
 * ad-hoc over the same flows), the job engine with its events worded for each
 * user, and the admin services. The bot (src/bot.ts) and the unit tests'
 * world both build it here, so both run the same wiring.
 */
export function composeFerry(settings: Settings, ports: FerryPorts) {
  const { store, catalog, log } = ports;
  const preferences = new Preferences(store);
  const knownUsers = new KnownUsers(store);
  const secrets = new SecretVault();
  const jobs = new JobStore(store, "job");
  const imports = new JobStore(store, "import");
  const restores = new JobStore(store, "restore");
  const languageOf = async (user: string) => chooseLanguage(catalog, await preferences.get(user));
  // One pace per server, shared by every job and plan sending there (and, for subscription presences, per contact server: DestinationPaces).
  const paces = new ServerPaces(settings.serverRate);
  // Only with FERRY_METRICS: without it nothing is counted and no port opens.
  const metrics =
    settings.metrics &&
    new FerryMetrics({
      moves: () => moveTotals(jobs),
      jobsRunning: () => ({ move: engine.runningCount("move"), import: engine.runningCount("import") }),
    });
  if (metrics) paces.onSent((server) => metrics.stanzaSent(server));
  let metricsServer: MetricsServer | undefined;
  const backup = {
    maxBytes: settings.backupMaxBytes,
    tell: async (user: string, messages: ({ key: string; args?: MessageArgs } | { raw: string })[]) => {
      const lang = await languageOf(user);
      await ports.outbox.notify(user, messages.map((m) => ("raw" in m ? m.raw : catalog.t(lang, m.key, m.args))));
    },
    moveTarget: async (user: string) => (await jobs.get(user))?.target ?? (await jobs.draft(user))?.target,
    claim: (name: string) => engine.claim(name),
    progress: async (user: string, m: { key: string; args?: MessageArgs }) => ports.outbox.progress(user, catalog.t(await languageOf(user), m.key, m.args)),
  };
  const engine = new JobEngine({
    stores: { move: jobs, import: imports, restore: restores },
    log,
    signIn: ports.signIn,
    copyProfile: ports.profile.copy,
    publishStatement: ports.profile.publishStatement,
    restorePart: ports.profile.restorePart,
    backupOld: backupOldAccount(backup),
    noticeText: async (job) => jobWording.contactNotice(catalog, await languageOf(job.user), job),
    roomTexts: async (job) => jobWording.roomTexts(catalog, await languageOf(job.user), job),
    paces,
    ...(settings.subscribeRate ? { subscribeRate: settings.subscribeRate, destinations: new DestinationPaces(settings.subscribeRate) } : {}),
    botJid: settings.jid,
    atomics: storeAtomics(store),
    lease: { ms: settings.jobLeaseMs },
  });
  const move = {
    secrets,
    jobs,
    engine,
    botJid: settings.jid,
    signIn: ports.signIn,
    inspectProfile: ports.profile.inspect,
    inspectRooms: ports.profile.inspectRooms,
    serviceMap: settings.serviceMap,
    providers: settings.providers,
    paces,
    ...(settings.subscribeRate ? { subscribeRate: settings.subscribeRate } : {}),
  };
  const contactImport = {
    secrets,
    engine,
    signIn: ports.signIn,
    contactMap: settings.contactMap,
    transports: settings.transports,
    transportEscaping: ports.transportEscaping,
    maxBytes: settings.importMaxBytes,
    allowPrivate: settings.importAllowPrivate,
    clientTakesSuggestions: ports.userClients.takesSuggestions,
    suggest: async (user: string, contacts: Contact[]) =>
      ports.userClients.suggest(user, contacts, catalog.t(await languageOf(user), "import-suggestion-body", { count: contacts.length })),
  };
  const restore = { secrets, engine, signIn: ports.signIn, maxBytes: settings.importMaxBytes, allowPrivate: settings.importAllowPrivate };
  const roomMove = {
    secrets,
    signIn: ports.signIn,
    rooms: ports.rooms,
    journal: new RoomMoveStore(store),
    moves: jobs,
    paces,
    services: settings.mucServices,
    word: async (user: string, key: string, args?: MessageArgs) => catalog.t(await languageOf(user), key, args),
    tell: backup.tell,
    claim: (name: string) => engine.claim(name),
  };
  const admin =
    ports.bot &&
    createAdmin({
      xmpp: ports.bot,
      botJid: settings.jid,
      store,
      catalog,
      preferences,
      jobs,
      imports,
      log,
      broadcastRate: settings.broadcastRate,
      schedulerIntervalMs: settings.schedulerIntervalMs,
      notify: ports.outbox.notify,
      knownUsers: () => knownUsers.all(),
      download: { maxBytes: settings.importMaxBytes, allowPrivate: settings.importAllowPrivate },
    });
  const deps: ConversationDeps = {
    catalog,
    preferences,
    knownUsers,
    flows: buildFlows({ catalog, preferences, move, backup, contactImport, roomMove, restore, admin: admin?.services }),
    commands: COMMANDS,
    secrets,
    admins: new Set(settings.admins),
    log,
    ...(metrics ? { replied: (channel: "chat" | "adhoc", seconds: number) => metrics.replied(channel, seconds) } : {}),
  };
  const chat = new ChatConversations(deps, new SessionStore(store));
  const adhoc = new AdhocConversations(deps);

  engine.onEvent(async (event) => {
    const user = event.job.user;
    const texts = jobWording.messages(catalog, await languageOf(user), event);
    if (event.type === "progress") return ports.outbox.progress(user, texts[0]!);
    await ports.outbox.notify(user, texts).catch(() => undefined);
    // The flow that waits for the job moves on (ends), and says what it says then.
    await ports.outbox.notify(user, await chat.deliver(user, { type: "job.finished", status: event.job.status }));
  });

  return {
    deps,
    chat,
    adhoc,
    engine,
    jobs,
    imports,
    secrets,
    preferences,
    admin: admin?.services,
    metrics,
    /**
     * Once the bot is online: jobs a dead process left are marked interrupted, broadcasts go on,
     * metrics are served. Rejects with a SettingsError when FERRY_METRICS cannot be listened on.
     */
    async start(): Promise<void> {
      if (metrics && settings.metrics) {
        const at = settings.metrics;
        metricsServer = await serveMetrics(metrics, at, log).catch((err: NodeJS.ErrnoException) => {
          throw new SettingsError("FERRY_METRICS", `cannot listen on ${at.host}:${at.port} (${err.code ?? err.message})`);
        });
        log.info({ host: at.host, port: metricsServer.port }, "serving metrics");
      }
      await engine.recover();
      // Another instance sharing the store may die while this one runs: its jobs are checked on the scheduler's tick.
      engine.watch(settings.schedulerIntervalMs);
      await admin?.start();
    },
    /** Replies in progress finish; running jobs and broadcasts stop between two contacts, resumable. */
    async stop(): Promise<void> {
      await chat.drain();
      await engine.interruptAll();
      await admin?.stop();
      await metricsServer?.close();
      secrets.clearAll();
    },
  };
}

