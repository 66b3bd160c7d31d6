import { startProsody, type ProsodyServer } from "../../src/devserver/prosody.ts";
import { startEjabberd, type EjabberdServer } from "../../src/devserver/ejabberd.ts";
import { BOOKMARK_NODE_OPTIONS, NS_BOOKMARKS } from "../../src/protocol/profile/copy-bookmarks.ts";
import { configureNode, publish, type PepItem } from "../../src/protocol/profile/pep.ts";
import type { AccountSession } from "../../src/protocol/connection/account-session.ts";
import { SERVER_KINDS, type ServerKind, type XmppTestServerOptions } from "../../src/devserver/xmpp-test-server.ts";

export type TestServer = ProsodyServer | EjabberdServer;

/**
 * The server kinds the shared integration tests run on: FERRY_TEST_SERVERS
 * (e.g. `ejabberd`, or `prosody,ejabberd`), both by default.
 */
export function serverKinds(): ServerKind[] {
  const wanted = (process.env.FERRY_TEST_SERVERS ?? SERVER_KINDS.join(",")).split(",").map((k) => k.trim()).filter(Boolean);
  for (const k of wanted) if (!SERVER_KINDS.includes(k as ServerKind)) throw new Error(`FERRY_TEST_SERVERS: unknown server kind ${k} (known: ${SERVER_KINDS.join(", ")})`);
  return wanted as ServerKind[];
}

/**
 * Where a shared test's old.test and new.test live: both on one server of
 * `kind`, or, with `targetKind`, new.test on a second server process that
 * talks to the first over s2s on loopback, so requests and statement fetches
 * between the two addresses cross servers as they do for users.
 */
export interface ServerSetup {
  kind: ServerKind;
  targetKind?: ServerKind;
  /** For test titles: "Prosody", "Prosody → ejabberd over s2s". */
  label: string;
}

const LABELS: Record<ServerKind, string> = { prosody: "Prosody", ejabberd: "ejabberd" };

/** The two-server setups: Prosody to Prosody, and across the two implementations both ways. */
const S2S_SETUPS: [ServerKind, ServerKind][] = [
  ["prosody", "prosody"],
  ["prosody", "ejabberd"],
  ["ejabberd", "prosody"],
];

/** Each wanted kind on its own, then the two-server setups whose kinds are all wanted (FERRY_TEST_SERVERS). */
export function serverSetups(): ServerSetup[] {
  const kinds = serverKinds();
  return [
    ...kinds.map((kind) => ({ kind, label: LABELS[kind] })),
    ...S2S_SETUPS.filter(([from, to]) => kinds.includes(from) && kinds.includes(to)).map(([kind, targetKind]) => ({
      kind,
      targetKind,
      label: `${LABELS[kind]} → ${LABELS[targetKind]} over s2s`,
    })),
  ];
}

export function startTestServer(kind: ServerKind, options: XmppTestServerOptions): Promise<TestServer> {
  return kind === "ejabberd" ? startEjabberd({ ...options, presCounter: EJABBERD_PRES_COUNTER }) : startProsody(options);
}

/**
 * ejabberd's request limit in the tests: Debian's 5 requests a session, with
 * 2 s of quiet instead of 60 so a move of 50 contacts takes seconds, not
 * minutes. Ferry's pace in the tests (FERRY_SUBSCRIBE_RATE) matches it, so
 * the requests still meet the real counter, only over a shorter window.
 */
export const EJABBERD_PRES_COUNTER = { count: 5, interval: 2 };

/**
 * The FERRY_SUBSCRIBE_RATE that fits a world's servers: ejabberd's counter when any of them is
 * ejabberd (it counts a session's requests, and those arriving from the other server), else none
 * (Prosody has no limit, and Ferry does not pace it).
 */
export const subscribeRateFor = (servers: TestServer[]): Record<string, string> =>
  servers.some((s) => s.kind === "ejabberd") ? { FERRY_SUBSCRIBE_RATE: `${EJABBERD_PRES_COUNTER.count}/${EJABBERD_PRES_COUNTER.interval}s` } : {};

/** `{ domain: service }` for signIn, every host on the server's one c2s port. */
export const serviceMapObject = (server: TestServer): Record<string, string> => Object.fromEntries(server.hosts.map((h) => [h, server.service]));

/**
 * Publishes a XEP-0402 bookmark the way a client does on this kind of server.
 * ejabberd 23.01 refuses publish-options other than access_model and
 * persist_items, and a new node keeps one item unless its max_items is configured.
 */
export async function publishClientBookmark(session: AccountSession, kind: ServerKind, item: PepItem): Promise<void> {
  if (kind !== "ejabberd") return publish(session, NS_BOOKMARKS, item, BOOKMARK_NODE_OPTIONS);
  await publish(session, NS_BOOKMARKS, item, { persist_items: "true", access_model: "whitelist" });
  await configureNode(session, NS_BOOKMARKS, { max_items: "max" });
}
