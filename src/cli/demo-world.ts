import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ProsodyServer } from "../devserver/prosody.ts";
import { seedProsodyRoster, type SeededItem } from "../devserver/seed-roster.ts";
import { signIn, type AccountSession } from "../protocol/connection/account-session.ts";
import { uploadFile } from "../protocol/account/http-upload.ts";
import { setVcard } from "../protocol/profile/copy-vcard.ts";
import { publishAvatar } from "../protocol/profile/copy-avatar.ts";
import { publishNickname } from "../protocol/profile/copy-nickname.ts";
import { publishBookmark, setLegacyBookmarks } from "../protocol/profile/copy-bookmarks.ts";
import { DEMO_CONTACT_MAP, DEMO_MSN_CTT, DEMO_MSN_GATEWAY, DEMO_OUTLOOK_CSV } from "./demo-files.ts";

/**
 * The demo's world: alice, who has used her account for years (contacts on
 * both domains in every subscription state, two of them behind an old ICQ
 * gateway, a profile and bookmarks); her new, empty account; bob, who shared
 * his old MSN contact list and Outlook export the way a client shares files;
 * and carol. `ferry demo` seeds it on its throwaway Prosody, and the
 * integration test checks it on the test one.
 */

export const DEMO_BOT = { jid: "migrate@old.test", password: "ferry-demo-bot" };

export const DEMO_ACCOUNTS = {
  alice: { jid: "alice@old.test", password: "alice-demo" },
  aliceNew: { jid: "alice@new.test", password: "alice-new-demo" },
  bob: { jid: "bob@old.test", password: "bob-demo" },
  carol: { jid: "carol@new.test", password: "carol-demo" },
} as const;

/** A gateway the old server once ran: its own roster item, and the ICQ contacts behind it. */
const ICQ_GATEWAY = "icq.old.test";

const item = (jid: string, subscription: SeededItem["subscription"], groups: string[], name?: string, ask?: boolean): SeededItem => ({
  jid,
  subscription,
  groups,
  ...(name ? { name } : {}),
  ...(ask ? { ask } : {}),
});

/** Alice's roster, as years of use left it. */
export const ALICE_ROSTER: SeededItem[] = [
  // Mutual.
  item("bob@old.test", "both", ["Friends"], "Bob"),
  item("carol@new.test", "both", ["Friends", "Work"], "Carol"),
  item("mum@old.test", "both", ["Family"], "Mum"),
  item("dad@old.test", "both", ["Family"], "Dad"),
  item("lorina@old.test", "both", ["Family"], "Lorina"),
  item("edith@new.test", "both", ["Family"], "Edith"),
  item("dinah@old.test", "both", ["Family"], "Dinah"),
  item("dodo@new.test", "both", ["Friends"], "Dodo"),
  item("hatter@new.test", "both", ["Friends", "Book club"], "Hatter"),
  item("march.hare@new.test", "both", ["Friends"], "March Hare"),
  item("queen@old.test", "both", ["Work"], "Queen of Hearts"),
  item("knave@old.test", "both", ["Work"]),
  // She follows them.
  item("white.rabbit@new.test", "to", ["Work"], "White Rabbit"),
  item("duchess@old.test", "to", ["Work"], "Duchess"),
  item("gryphon@new.test", "to", ["Book club"], "Gryphon"),
  item("mock.turtle@new.test", "to", ["Book club"], "Mock Turtle"),
  item("caterpillar@old.test", "to", ["Book club"]),
  // They follow her.
  item("cheshire@old.test", "from", [], "Cheshire Cat"),
  item("bill@new.test", "from", ["Work"], "Bill"),
  item("dormouse@new.test", "from", ["Friends"], "Dormouse"),
  item("pat@old.test", "from", []),
  // No subscription either way.
  item("king@old.test", "none", ["Work"], "King of Hearts"),
  item("cook@old.test", "none", []),
  item("footman@new.test", "none", ["Work"], "Frog Footman"),
  // She asked; no answer yet.
  item("tweedledum@new.test", "none", ["Friends"], "Tweedledum", true),
  item("tweedledee@new.test", "none", ["Friends"], "Tweedledee", true),
  // The old ICQ gateway and two contacts behind it: a move cannot take them along.
  item(ICQ_GATEWAY, "both", ["Gateways"], "ICQ"),
  item(`123456789@${ICQ_GATEWAY}`, "both", ["Friends"], "Sasha (ICQ)"),
  item(`555123@${ICQ_GATEWAY}`, "to", ["Friends"], "Old school friend (ICQ)"),
];

/** Asked to see alice's presence; she has not answered yet. */
const ALICE_PENDING_IN = ["unicorn@new.test"];

/** 32×32 palette PNG: a small figure with fair hair and a blue dress. */
const ALICE_AVATAR_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAACAAAAAgAgMAAAAOFJJnAAAADFBMVEXo8fo7bsT10LDywjo9XMPLAAAAZUlEQVR42mNgIA78/w+h+f///wBm2P///weV8f8/VBGcobVq1QpUxiogwCEFZ3CtWrUAlcG0alUDxHqtFbgcyBoaGgBmiIaGhoAZoUAAlYHIiYIYIVAZkBwjhOEAUQJSFAoFcAYAxMo6HI0r/AMAAAAASUVORK5CYII=";

const ALICE_PROFILE = {
  vcard: { fullName: "Alice Liddell", nickname: "Alice", birthday: "1852-05-04", url: "https://example.org/alice", description: "Curiouser and curiouser." },
  nickname: "Alice",
  avatar: { data: Buffer.from(ALICE_AVATAR_PNG, "base64"), type: "image/png", width: 32, height: 32 },
  /** Written to XEP-0048 private storage, as older clients do. */
  legacyBookmarks: [{ jid: "tea-party@conference.old.test", name: "Mad Tea Party", autojoin: true, nick: "Alice" }],
  /** Written as XEP-0402 items, as current clients do. */
  bookmarks: [{ jid: "croquet@conference.new.test", name: "Croquet club", autojoin: false, nick: "Alice" }],
};

/** What seeding leaves for the tour. */
export interface DemoWorld {
  /** Bob's files on the upload service (XEP-0363 GET URLs), as a client shares them. */
  shared: { msn: string; outlook: string };
  /** The admin's table of MSN users who moved (FERRY_CONTACT_MAP). */
  contactMapFile: string;
}

/**
 * Creates the accounts and fills them: rosters straight into Prosody's storage
 * (no client could set them), the rest through XMPP as a client would. The
 * server needs HTTP upload (`upload: true`); the contact map is written into
 * its folder.
 */
export async function seedDemoWorld(server: ProsodyServer): Promise<DemoWorld> {
  for (const { jid, password } of Object.values(DEMO_ACCOUNTS)) {
    const [user, host] = jid.split("@") as [string, string];
    await server.register(user, host, password);
  }
  const alice = DEMO_ACCOUNTS.alice.jid;
  await seedProsodyRoster(server, "alice", "old.test", ALICE_ROSTER, ALICE_PENDING_IN);
  await seedProsodyRoster(server, "bob", "old.test", [item(alice, "both", ["Friends"], "Alice")]);
  await seedProsodyRoster(server, "carol", "new.test", [item(alice, "both", ["Friends"], "Alice")]);

  const serviceMap = Object.fromEntries(server.hosts.map((h) => [h, server.service]));
  const as = async <T>(account: { jid: string; password: string }, work: (s: AccountSession) => Promise<T>): Promise<T> => {
    const session = await signIn(account.jid, account.password, { serviceMap, resource: "demo-seed" });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  };

  await as(DEMO_ACCOUNTS.alice, async (s) => {
    const p = ALICE_PROFILE;
    // Prosody mirrors private storage into XEP-0402 and retracts rooms missing from it there: legacy first.
    await setLegacyBookmarks(s, p.legacyBookmarks);
    // The vCard before the avatar: Prosody derives avatar nodes from a vCard write.
    await setVcard(s, p.vcard);
    await publishAvatar(s, p.avatar);
    await publishNickname(s, p.nickname);
    for (const room of p.bookmarks) await publishBookmark(s, room);
  });

  const shared = await as(DEMO_ACCOUNTS.bob, async (s) => {
    const share = async (filename: string, contentType: string, text: string) => {
      const up = await uploadFile(s, { filename, contentType, data: new TextEncoder().encode(text) });
      if ("error" in up) throw new Error(`demo: uploading ${filename} as bob failed (${up.error}${up.detail ? `: ${up.detail}` : ""})`);
      return up.getUrl;
    };
    return { msn: await share("msn-contacts.ctt", "text/xml", DEMO_MSN_CTT), outlook: await share("outlook-contacts.csv", "text/csv", DEMO_OUTLOOK_CSV) };
  });

  const contactMapFile = join(server.dir, "contact-map.csv");
  await writeFile(contactMapFile, DEMO_CONTACT_MAP);
  return { shared, contactMapFile };
}

/** The demo's own Ferry settings for this world (FERRY_* in the environment still win). */
export function demoSettings(server: ProsodyServer, world: DemoWorld): Record<string, string> {
  return {
    FERRY_JID: DEMO_BOT.jid,
    FERRY_PASSWORD: DEMO_BOT.password,
    FERRY_SERVICE_MAP: server.serviceMap,
    // Beside the server's data: each run starts with a fresh world, so Ferry must not remember an earlier one.
    FERRY_STORE: `sqlite://${join(server.dir, "ferry.sqlite")}`,
    FERRY_ADMINS: DEMO_ACCOUNTS.alice.jid,
    // `move` → `new` creates accounts here; uploads live on 127.0.0.1, so imports may fetch from it.
    FERRY_PROVIDERS: "new.test",
    FERRY_IMPORT_ALLOW_PRIVATE: "true",
    FERRY_CONTACT_MAP: world.contactMapFile,
    FERRY_TRANSPORTS: `msn=${DEMO_MSN_GATEWAY}`,
  };
}
