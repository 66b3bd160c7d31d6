import type { Logger } from "pino";
import { ferryClient } from "./ferry-client.ts";
import { firstReachable } from "./service-candidates.ts";

/**
 * The bot's own XMPP session. @xmpp/client retries every second forever, even
 * when the password is wrong (notes/stack.md); here retries back off up to a
 * minute, and a permanent error stops the client and is reported once.
 * start() tries the services in order; each reconnect asks for them again (DNS
 * may have changed) and takes the next one, from the first again once online,
 * so a server that is down is not the only one tried.
 */
export interface BotConnectionOptions {
  jid: string;
  password: string;
  /** Where to connect, in the order to try (see serviceCandidates); asked again before every reconnect. */
  services: () => Promise<string[]>;
  resource?: string;
  log: Logger;
  /** Called once when the connection can never succeed (wrong password, account gone). */
  onFatal: (err: Error) => void;
}

const PERMANENT_SASL = new Set(["not-authorized", "account-disabled", "credentials-expired", "invalid-mechanism", "encryption-required", "invalid-authzid"]);
const PERMANENT_STREAM = new Set(["host-unknown", "host-gone", "not-authorized", "policy-violation", "improper-addressing", "invalid-namespace", "unsupported-version"]);

export function isPermanentError(err: unknown): boolean {
  const e = err as { name?: string; condition?: string };
  // A server whose SCRAM signature does not verify is not the server we know.
  if (e?.name === "ScramError") return true;
  if (e?.name === "SASLError") return PERMANENT_SASL.has(e.condition ?? "") || !e.condition;
  if (e?.name === "StreamError") return PERMANENT_STREAM.has(e.condition ?? "");
  return false;
}

const MIN_DELAY = 1_000;
const MAX_DELAY = 60_000;

export function createBotConnection(opts: BotConnectionOptions) {
  const at = opts.jid.indexOf("@");
  const xmpp = ferryClient({
    domain: opts.jid.slice(at + 1),
    username: opts.jid.slice(0, at),
    password: opts.password,
    resource: opts.resource ?? "ferry",
  });
  const log = opts.log;
  let stopping = false;
  let failed = false;
  // Reconnect attempts since the last time online: which service the next one takes.
  let attempts = 0;

  // Reconnecting starts once start() has got online: start() itself tries every service once.
  xmpp.reconnect.stop();
  xmpp.reconnect.delay = MIN_DELAY;
  const reconnect = xmpp.reconnect.reconnect.bind(xmpp.reconnect);
  xmpp.reconnect.reconnect = async () => {
    const services = await opts.services();
    // stop() or a permanent error while DNS answered: no new connection.
    if (stopping || failed) return;
    xmpp.options.service = services[attempts++ % services.length];
    await reconnect();
  };
  xmpp.reconnect.on("reconnecting", () => {
    log.info({ delayMs: xmpp.reconnect.delay, service: xmpp.options.service }, "reconnecting");
    // Exponential backoff with jitter, so a restarted server is not hit by every bot at once.
    xmpp.reconnect.delay = Math.min(MAX_DELAY, Math.round(xmpp.reconnect.delay * 2 * (0.75 + Math.random() * 0.5)));
  });
  xmpp.on("online", (address) => {
    xmpp.reconnect.delay = MIN_DELAY;
    attempts = 0;
    log.info({ address: address.toString() }, "online");
  });
  xmpp.on("offline", () => log.info("offline"));
  xmpp.on("error", (err: Error) => {
    if (stopping || failed) return;
    if (isPermanentError(err)) {
      failed = true;
      log.fatal({ err: { name: err.name, condition: (err as { condition?: string }).condition, message: err.message } }, "permanent connection error: giving up");
      xmpp.reconnect.stop();
      void xmpp.stop().catch(() => undefined);
      opts.onFatal(err);
    } else {
      log.warn({ err: { name: err.name, message: err.message, code: (err as { code?: string }).code } }, "connection error");
    }
  });

  return {
    xmpp,
    /** Rejects with the last service's error when none let the bot in. */
    async start(): Promise<void> {
      await firstReachable(
        await opts.services(),
        async (service) => {
          xmpp.options.service = service;
          // A failed start leaves the client disconnected; the next start() needs it offline.
          await xmpp.start().catch(async (err: unknown) => {
            await xmpp.stop().catch(() => undefined);
            throw err;
          });
        },
        (err) => !stopping && !failed && !isPermanentError(err),
      );
      xmpp.reconnect.start();
    },
    /** The service of the latest connection attempt. */
    service: () => xmpp.options.service,
    async stop(): Promise<void> {
      stopping = true;
      xmpp.reconnect.stop();
      await xmpp.stop().catch(() => undefined);
    },
  };
}

export type BotConnection = ReturnType<typeof createBotConnection>;
