import type Keyv from "keyv";
import type { Logger } from "pino";
import type { Catalog } from "../../src/i18n/catalog.ts";
import { chooseLanguage } from "../../src/i18n/choose-language.ts";
import type { Preferences } from "../../src/users/preferences.ts";
import type { JobStore } from "../../src/jobs/job-store.ts";
import { domainOf } from "../../src/core/jid.ts";
import { uploadFile, type UploadFile, type UploadResult } from "../../src/protocol/account/http-upload.ts";
import { downloadFile } from "../../src/net/guarded-download.ts";
import { botSession, type BotClient } from "../../src/protocol/connection/bot-session.ts";
import { sendChat } from "../../src/protocol/chat-message.ts";
import { onMessageBounces } from "../../src/protocol/message-bounce.ts";
import { Audiences } from "./audience.ts";
import { BroadcastStore } from "./broadcast-store.ts";
import { BroadcastSender, BROADCAST_ID_PREFIX } from "./broadcast-sender.ts";
import { BroadcastScheduler } from "./scheduler.ts";
import { launchBroadcast, type LaunchRequest } from "./launch.ts";

/** What the admin flows (broadcast, broadcasts, stats) are built with. */
export interface AdminServices {
  botJid: string;
  catalog: Catalog;
  jobs: JobStore;
  audiences: Audiences;
  broadcasts: BroadcastStore;
  sender: BroadcastSender;
  scheduler: BroadcastScheduler;
  launch(req: LaunchRequest): Promise<{ recipients: string[] }>;
  upload(file: UploadFile): Promise<UploadResult>;
  /** Fetches a shared file (an address list too long to paste), with the import's limits. */
  download(url: string): Promise<Uint8Array | { error: string }>;
  /** The largest file `download` fetches, in bytes (for the error message). */
  downloadLimit: number;
  /** How many contact-list imports have finished, a user's earlier ones included. */
  countImportsDone(): Promise<number>;
  /** The language to write to this user in (for what is not a chat reply: the stats chart). */
  language(user: string): Promise<string>;
  now(): Date;
}

export interface AdminOptions {
  xmpp: BotClient;
  botJid: string;
  store: Keyv;
  catalog: Catalog;
  preferences: Preferences;
  jobs: JobStore;
  imports: JobStore;
  log: Logger;
  /** Broadcast messages per second; 0 = unlimited. */
  broadcastRate: number;
  schedulerIntervalMs: number;
  notify(admin: string, texts: string[]): Promise<void>;
  /** Everyone who ever wrote to the bot. */
  knownUsers: () => Promise<string[]>;
  /** FERRY_IMPORT_MAX_BYTES and FERRY_IMPORT_ALLOW_PRIVATE, for address lists shared as files. */
  download: { maxBytes: number; allowPrivate: boolean };
  now?: () => Date;
}

/** Builds the admin services over the bot's connection; `start` after it is online, `stop` before it goes. */
export function createAdmin(o: AdminOptions) {
  const log = o.log.child({ part: "admin" });
  const now = o.now ?? (() => new Date());
  const session = botSession(o.xmpp, o.botJid);
  const broadcasts = new BroadcastStore(o.store);
  const audiences = new Audiences({ session, domain: domainOf(o.botJid), jobs: o.jobs, knownUsers: o.knownUsers });
  const sender = new BroadcastSender({
    store: broadcasts,
    catalog: o.catalog,
    preferences: o.preferences,
    botJid: o.botJid,
    rate: o.broadcastRate,
    send: (to, body, lang, id) => sendChat(session, to, body, { id, lang }),
    notify: o.notify,
    log,
  });
  const launch = (req: LaunchRequest) => launchBroadcast({ audiences, sender, now }, req);
  const scheduler = new BroadcastScheduler({ store: broadcasts, launch, log, intervalMs: o.schedulerIntervalMs, now });
  const services: AdminServices = {
    botJid: o.botJid,
    catalog: o.catalog,
    jobs: o.jobs,
    audiences,
    broadcasts,
    sender,
    scheduler,
    launch,
    upload: (file) => uploadFile(session, file),
    download: (url) => downloadFile(url, { maxBytes: o.download.maxBytes, timeoutMs: 20_000, allowPrivate: o.download.allowPrivate }),
    downloadLimit: o.download.maxBytes,
    countImportsDone: () => o.imports.finishedCount(),
    language: async (user) => chooseLanguage(o.catalog, await o.preferences.get(user)),
    now,
  };
  onMessageBounces(session, BROADCAST_ID_PREFIX, (bounce) => void sender.onBounce(bounce).catch((err) => log.error({ err }, "bounce not recorded")));
  return {
    services,
    async start(): Promise<void> {
      await sender.recover();
      scheduler.start();
    },
    async stop(): Promise<void> {
      await scheduler.stop();
      await sender.stopAll();
    },
  };
}
