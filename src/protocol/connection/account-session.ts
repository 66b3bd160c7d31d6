import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { ferryClient } from "./ferry-client.ts";
import { NS_STREAMS } from "../namespaces.ts";
import { firstReachable, serviceCandidates, type SrvLookup } from "./service-candidates.ts";

/**
 * Ferry signed in to a user's own account (the old or the new one), to read
 * and write their data. No initial presence is sent: the session stays
 * invisible to contacts and receives no chat messages.
 */
export interface AccountSession {
  readonly jid: string;
  /**
   * The server advertised RFC 6121 pre-approval (`<sub xmlns='urn:xmpp:features:pre-approval'/>`)
   * after sign-in: an advance `subscribed` is kept. Servers without it drop one (ejabberd 23.01).
   */
  readonly preApproval: boolean;
  /** An iq to `to` (undefined: the account itself); resolves with the result stanza, rejects with a StanzaError. */
  iq(type: "get" | "set", child: Element, to?: string): Promise<Element>;
  /** Sends a stanza (presence, message) from the account. */
  send(stanza: Element): Promise<void>;
  /** Stanzas the server pushes to this session (roster pushes, presence of subscriptions). */
  onStanza(listener: (stanza: Element) => void): void;
  close(): Promise<void>;
}

export class SignInError extends Error {
  constructor(
    readonly jid: string,
    /** `not-authorized` for a wrong password; `unreachable` when the server cannot be reached. */
    readonly reason: "not-authorized" | "unreachable" | "other",
    readonly detail: string,
  ) {
    super(`${jid}: ${reason} (${detail})`);
    this.name = "SignInError";
  }
}

export interface SignInOptions {
  serviceMap: Record<string, string>;
  timeoutMs?: number;
  resource?: string;
  /** DNS SRV lookup (tests give a fake one). */
  lookupSrv?: SrvLookup;
}

export async function signIn(jid: string, password: string, opts: SignInOptions): Promise<AccountSession> {
  const services = await serviceCandidates(jid, opts.serviceMap, opts.lookupSrv);
  // Each attempt has its own time limit; only an unreachable server lets the next one be tried.
  const { xmpp, preApproval } = await firstReachable(
    services,
    (service) => connectAs(jid, password, service, opts),
    (err) => err instanceof SignInError && err.reason === "unreachable",
  );
  const listeners: ((s: Element) => void)[] = [];
  xmpp.on("stanza", (s: Element) => listeners.forEach((l) => l(s)));
  // Roster pushes must be acknowledged (RFC 6121 2.1.6).
  xmpp.iqCallee.set("jabber:iq:roster", "query", () => true);
  return {
    jid,
    preApproval,
    iq: (type, child, to) => xmpp.iqCaller.request(xml("iq", { type, ...(to ? { to } : {}) }, child), 30_000),
    send: (stanza) => xmpp.send(stanza),
    onStanza: (l) => void listeners.push(l),
    close: async () => {
      await xmpp.stop().catch(() => undefined);
    },
  };
}

const NS_PRE_APPROVAL = "urn:xmpp:features:pre-approval";

/** One sign-in attempt at `service`; rejects with a SignInError, the client stopped. */
async function connectAs(jid: string, password: string, service: string, opts: SignInOptions): Promise<{ xmpp: Client; preApproval: boolean }> {
  const at = jid.indexOf("@");
  const xmpp: Client = ferryClient({
    service,
    domain: jid.slice(at + 1),
    username: jid.slice(0, at),
    password,
    resource: opts.resource ?? `ferry-${Math.random().toString(36).slice(2, 8)}`,
  });
  xmpp.reconnect.stop();
  // Errors surface through start() and iq promises; the event must still be heard.
  xmpp.on("error", () => undefined);
  // The features of the last stream (after authentication) are the signed-in account's.
  let features: Element | undefined;
  const heard = (el: Element) => {
    if (el.is("features", NS_STREAMS)) features = el;
  };
  xmpp.on("nonza", heard);
  const timeoutMs = opts.timeoutMs ?? 20_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      xmpp.start(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("sign-in timed out")), timeoutMs);
      }),
    ]);
  } catch (err) {
    await xmpp.stop().catch(() => undefined);
    const e = err as { name?: string; condition?: string; code?: string; message?: string };
    if (e.name === "SASLError" && e.condition === "not-authorized") throw new SignInError(jid, "not-authorized", e.condition);
    if (e.code === "ECONNREFUSED" || e.code === "ENOTFOUND" || /timed out/.test(e.message ?? "")) {
      throw new SignInError(jid, "unreachable", e.code ?? e.message ?? "");
    }
    throw new SignInError(jid, "other", e.condition ?? e.message ?? String(err));
  } finally {
    clearTimeout(timer);
    xmpp.removeListener("nonza", heard);
  }
  return { xmpp, preApproval: features?.getChild("sub", NS_PRE_APPROVAL) !== undefined };
}
