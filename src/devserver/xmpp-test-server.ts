/**
 * What the tests need of a throwaway XMPP server on loopback, whichever server
 * it is (src/devserver/prosody.ts, src/devserver/ejabberd.ts): two or more
 * virtual hosts that route to each other without DNS, accounts created fast,
 * and stopping or restarting it on the same ports.
 */
export type ServerKind = "prosody" | "ejabberd";
export const SERVER_KINDS: readonly ServerKind[] = ["prosody", "ejabberd"];

export interface XmppTestServerOptions {
  /** Virtual hosts to serve, e.g. ["old.test", "new.test"]. */
  hosts: string[];
  /** Server admins (the bot, when a test needs XEP-0133). */
  admins?: string[];
  /** Folder for everything; a fresh temp folder by default (removed on stop). */
  dir?: string;
  /** HTTP upload (XEP-0363) for each host, served on the HTTP port. */
  upload?: boolean;
  /** Keep these ports (used to restart the same server). */
  ports?: { c2s: number; http: number };
  /** Server-to-server on loopback, plain, authenticated by dialback (see S2sRoutes). */
  s2s?: S2sRoutes;
  /**
   * Group chats: a MUC service `rooms.<host>` per host, where local users
   * create rooms (persistent ones too, members' invitations set per room).
   * Server admins get no owner rights in rooms, so only what users were given counts.
   */
  muc?: boolean;
  /** Hosts whose MUC service lets only server admins create rooms (a provider closed for new rooms). */
  mucAdminsCreateOnly?: string[];
}

/**
 * Server-to-server between throwaway servers on one machine, without DNS: this
 * server listens on `port`, and reaches each domain in `peers` at
 * 127.0.0.1:<its port>. Dialback makes the receiving server connect back to
 * the sender's domain, so both servers need each other as a peer.
 */
export interface S2sRoutes {
  port: number;
  peers: Record<string, number>;
}

export interface XmppTestServer {
  kind: ServerKind;
  dir: string;
  c2sPort: number;
  httpPort: number;
  hosts: string[];
  /** `domain=xmpp://127.0.0.1:port,...` for FERRY_SERVICE_MAP. */
  serviceMap: string;
  service: string;
  register(user: string, host: string, password: string): Promise<void>;
  stop(): Promise<void>;
  /** Stop and start again on the same ports with the same data. */
  restart(): Promise<void>;
  /** Stop the process but keep its folder (to restart it later with `start()`). */
  halt(): Promise<void>;
  start(): Promise<void>;
}

/** `domain=xmpp://127.0.0.1:port,...` for FERRY_SERVICE_MAP: every host on the one c2s port. */
export function serviceMapOf(hosts: string[], service: string): string {
  return hosts.map((h) => `${h}=${service}`).join(",");
}
