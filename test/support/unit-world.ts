import { xml } from "@xmpp/client";
import Keyv from "keyv";
import { join } from "node:path";
import { Catalog } from "../../src/i18n/catalog.ts";
import { loadSettings } from "../../src/config/settings.ts";
import type { SubscribeRate } from "../../src/config/subscribe-rate.ts";
import { createLogger } from "../../src/log/logger.ts";
import { composeFerry } from "../../src/composition.ts";
import { FakeAccounts } from "./fake-accounts.ts";
import { FakeXmpp } from "./fake-xmpp.ts";
import { FakeRooms } from "./fake-rooms.ts";
import type { Contact } from "../../src/core/contact.ts";
import type { BackupProfile } from "../../src/importers/read-account-backup.ts";
import type { RoomMembership } from "../../src/protocol/muc/room-membership.ts";

export const LOCALES_DIR = join(import.meta.dirname, "../../locales");
export const UNIT_BOT = "migrate@old.test";

/**
 * Ferry as the bot builds it (composeFerry), over an in-memory store, fake
 * accounts and a fake bot connection; `restart()` builds it anew on the same
 * store, as a bot restart would.
 * Messages a job sends outside a reply land in `notices`.
 */
export function unitWorld(
  opts: {
    admins?: string[];
    serverRate?: number;
    subscribeRate?: SubscribeRate;
    providers?: string[];
    mucServices?: string[];
    locales?: { defaultLocale: string; offered?: string[] };
    metrics?: boolean;
  } = {},
) {
  const store = new Keyv();
  const catalog = Catalog.load(LOCALES_DIR, opts.locales ?? { defaultLocale: "en" });
  const accounts = new FakeAccounts();
  const notices: { user: string; text: string }[] = [];
  /** What the plan finds about the old account's group chats (none unless a test puts some here). */
  const rooms: RoomMembership[] = [];
  /** Group chat services for `move room`. */
  const muc = new FakeRooms();
  const suggestions: { user: string; contacts: Contact[] }[] = [];
  /** The profile parts restores wrote, in order. */
  const restored: { part: string; profile: BackupProfile; target: string }[] = [];
  /** Users whose client does not announce XEP-0144 (every other one does). */
  const clientsWithoutSuggestions = new Set<string>();
  const settings = {
    ...loadSettings({ FERRY_JID: UNIT_BOT, FERRY_PASSWORD: "unit-test" }),
    admins: opts.admins ?? [],
    serverRate: opts.serverRate ?? 0,
    // Like serverRate: no limit unless a test is about it.
    subscribeRate: opts.subscribeRate,
    providers: opts.providers ?? [],
    mucServices: opts.mucServices ?? [],
    importAllowPrivate: true,
    // Port 0: any free one, should a test start the server.
    metrics: opts.metrics ? { host: "127.0.0.1", port: 0 } : undefined,
  };
  const build = () => {
    // A restarted bot has a new connection; the admin services listen on it.
    const bot = new FakeXmpp();
    const ferry = composeFerry(settings, {
      store,
      catalog,
      log: createLogger("silent"),
      signIn: accounts.signIn,
      profile: {
        inspect: async () => ({ vcard: false, avatar: false, bookmarks: 0, legacyBookmarks: 0, blocklist: 0, unreadable: [] }),
        inspectRooms: async () => rooms,
        copy: async () => [],
        publishStatement: async () => undefined,
        // Each part costs the target one request, as a real write does, so a dropped connection can land between parts.
        restorePart: async (part, profile, target) => {
          await target.iq("get", xml("query", { xmlns: "jabber:iq:roster" }));
          restored.push({ part, profile, target: target.jid });
          return { item: part, outcome: "copied" };
        },
      },
      rooms: muc,
      userClients: {
        takesSuggestions: async (user) => !clientsWithoutSuggestions.has(user),
        suggest: async (user, contacts) => void suggestions.push({ user, contacts }),
      },
      transportEscaping: async () => "percent",
      outbox: {
        notify: async (user, texts) => void notices.push(...texts.map((text) => ({ user, text }))),
        progress: async (user, text) => void notices.push({ user, text }),
      },
      bot,
    });
    return { ...ferry, bot };
  };
  let current = build();
  return {
    store,
    catalog,
    accounts,
    notices,
    rooms,
    muc,
    suggestions,
    restored,
    clientsWithoutSuggestions,
    get chat() {
      return current.chat;
    },
    get adhoc() {
      return current.adhoc;
    },
    get engine() {
      return current.engine;
    },
    get jobs() {
      return current.jobs;
    },
    /** What the bot itself sent (broadcasts), on the current connection. */
    get bot() {
      return current.bot;
    },
    get deps() {
      return current.deps;
    },
    get metrics() {
      return current.metrics;
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
