import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../../src/protocol/connection/account-session.ts";
import { SignInError } from "../../src/protocol/connection/account-session.ts";
import type { Contact } from "../../src/core/contact.ts";

const NS_ITEMS = "http://jabber.org/protocol/disco#items";
const NS_INFO = "http://jabber.org/protocol/disco#info";
const NS_UPLOAD = "urn:xmpp:http:upload:0";
const NS_MAM = "urn:xmpp:mam:2";

interface FakeAccount {
  password: string;
  roster: Contact[];
  /** Stanzas sent from this account (presence, messages), in order. */
  sent: Element[];
}

/**
 * Accounts in memory for unit tests of flows and jobs: roster get/set and
 * sending work; a roster item with `ask` appears when a subscribe is sent, as
 * a real server does. Integration tests use a real Prosody instead.
 */
export class FakeAccounts {
  readonly accounts = new Map<string, FakeAccount>();
  /** Roster writes for these JIDs fail with this condition. */
  readonly rejectRosterWrites = new Map<string, string>();
  /** Messages to these JIDs come back to the sending session as an error bounce with this condition, as from a server. */
  readonly bounceMessages = new Map<string, string>();
  /** Requests (iq or stanza) these accounts' sessions may still make before the connection drops (see `drop`). */
  readonly dropAfter = new Map<string, number>();
  /** The iqs of these accounts' sessions wait until this promise settles (work caught in the middle). */
  readonly holdIqs = new Map<string, Promise<void>>();
  /** Domains whose server does not advertise pre-approval (RFC 6121 3.4), like ejabberd 23.01. */
  readonly withoutPreApproval = new Set<string>();
  /** The name each domain's server gives its software, in XEP-0092 and in its disco identity; unset: it does not answer. */
  readonly software = new Map<string, string>();
  /** Domains whose server offers file upload (XEP-0363) at `upload.<domain>`: slots point under this base URL (a test's HTTP server). */
  readonly uploads = new Map<string, string>();
  /** Message archives (XEP-0313) of these accounts; an account without one has no MAM. */
  readonly archives = new Map<string, { id: string; stamp: string; from: string; body: string }[]>();
  /** The `start` of each archive query these accounts' sessions made ("" for none). */
  readonly archiveQueries: { jid: string; start: string }[] = [];
  private readonly open = new Map<string, Set<{ connected: boolean }>>();

  add(jid: string, password: string, roster: Contact[] = []): FakeAccount {
    const account = { password, roster, sent: [] };
    this.accounts.set(jid, account);
    return account;
  }

  get(jid: string): FakeAccount {
    return this.accounts.get(jid)!;
  }

  /** Every open session of the account loses its connection: its requests fail as on a closed socket, and it never comes back. */
  drop(jid: string): void {
    for (const state of this.open.get(jid) ?? []) state.connected = false;
  }

  signIn = async (jid: string, password: string): Promise<AccountSession> => {
    const account = this.accounts.get(jid);
    if (!account) throw new SignInError(jid, "unreachable", "no such fake account");
    if (account.password !== password) throw new SignInError(jid, "not-authorized", "not-authorized");
    return this.session(jid, account);
  };

  /** disco#items of a domain with uploads, disco#info of its upload service, and its slots. */
  private uploadReply(child: Element, to?: string): Element | undefined {
    const domain = to?.startsWith("upload.") ? to.slice("upload.".length) : to;
    const base = domain === undefined ? undefined : this.uploads.get(domain);
    if (!base) return undefined;
    if (to === domain && child.is("query", NS_ITEMS)) return xml("iq", { type: "result" }, xml("query", { xmlns: NS_ITEMS }, xml("item", { jid: `upload.${domain}` })));
    if (to === domain) return undefined;
    if (child.is("query", NS_INFO)) return xml("iq", { type: "result" }, xml("query", { xmlns: NS_INFO }, xml("identity", { category: "store", type: "file" }), xml("feature", { var: NS_UPLOAD })));
    if (child.is("request", NS_UPLOAD)) {
      const url = `${base}/${encodeURIComponent(String(child.attrs.filename))}`;
      return xml("iq", { type: "result" }, xml("slot", { xmlns: NS_UPLOAD }, xml("put", { url }), xml("get", { url })));
    }
    return undefined;
  }

  /** One page holding every archived message since the query's `start`, sent as a server sends them, then `fin`. */
  private archiveReply(jid: string, query: Element, deliver: (m: Element) => void): Element {
    const start = query.getChild("x")?.getChildren("field").find((f) => f.attrs.var === "start")?.getChildText("value") ?? "";
    this.archiveQueries.push({ jid, start });
    for (const m of this.archives.get(jid)!.filter((m) => !start || m.stamp >= start)) {
      deliver(
        xml(
          "message",
          { to: jid },
          xml(
            "result",
            { xmlns: NS_MAM, queryid: query.attrs.queryid, id: m.id },
            xml("forwarded", { xmlns: "urn:xmpp:forward:0" }, xml("delay", { xmlns: "urn:xmpp:delay", stamp: m.stamp }), xml("message", { from: m.from, to: jid, type: "chat" }, xml("body", {}, m.body))),
          ),
        ),
      );
    }
    return xml("iq", { type: "result" }, xml("fin", { xmlns: NS_MAM, complete: "true" }));
  }

  private session(jid: string, account: FakeAccount): AccountSession {
    const stanzaError = (condition: string) => Object.assign(new Error(condition), { name: "StanzaError", condition, type: "cancel" });
    const listeners: ((stanza: Element) => void)[] = [];
    const state = { connected: true };
    if (!this.open.has(jid)) this.open.set(jid, new Set());
    this.open.get(jid)!.add(state);
    const request = () => {
      const left = this.dropAfter.get(jid);
      if (left === 0) {
        this.dropAfter.delete(jid);
        this.drop(jid);
      } else if (left !== undefined) this.dropAfter.set(jid, left - 1);
      // What @xmpp/client throws once its socket is gone.
      if (!state.connected) throw new TypeError("Cannot read properties of null (reading 'write')");
    };
    const domain = jid.slice(jid.indexOf("@") + 1);
    return {
      jid,
      preApproval: !this.withoutPreApproval.has(domain),
      iq: async (type: "get" | "set", child: Element, to?: string) => {
        await this.holdIqs.get(jid);
        request();
        const software = to === undefined ? undefined : this.software.get(to);
        if (software && child.attrs.xmlns === "jabber:iq:version") {
          return xml("iq", { type: "result" }, xml("query", { xmlns: "jabber:iq:version" }, xml("name", {}, software), xml("version", {}, "1")));
        }
        if (software && child.attrs.xmlns === "http://jabber.org/protocol/disco#info") {
          return xml("iq", { type: "result" }, xml("query", { xmlns: child.attrs.xmlns }, xml("identity", { category: "server", type: "im", name: software })));
        }
        const upload = this.uploadReply(child, to);
        if (upload) return upload;
        if (!to && child.is("query", NS_MAM) && this.archives.has(jid)) return this.archiveReply(jid, child, (m) => listeners.forEach((l) => l(m)));
        if (to && to !== jid) throw stanzaError("service-unavailable");
        if (child.attrs.xmlns !== "jabber:iq:roster") throw stanzaError("feature-not-implemented");
        if (type === "get") {
          return xml(
            "iq",
            { type: "result" },
            xml(
              "query",
              { xmlns: "jabber:iq:roster" },
              ...account.roster.map((c) =>
                xml(
                  "item",
                  { jid: c.jid, ...(c.name ? { name: c.name } : {}), subscription: c.subscription ?? "none", ...(c.ask ? { ask: "subscribe" } : {}) },
                  ...c.groups.map((g) => xml("group", {}, g)),
                ),
              ),
            ),
          );
        }
        const item = child.getChild("item")!;
        const itemJid = String(item.attrs.jid);
        const rejected = this.rejectRosterWrites.get(itemJid);
        if (rejected) throw stanzaError(rejected);
        const entry = { jid: itemJid, name: item.attrs.name as string | undefined, groups: item.getChildren("group").map((g) => g.text()) };
        const existing = account.roster.find((c) => c.jid === itemJid);
        if (existing) Object.assign(existing, entry);
        else account.roster.push({ ...entry, subscription: "none" });
        return xml("iq", { type: "result" });
      },
      send: async (stanza: Element) => {
        request();
        account.sent.push(stanza);
        const bounce = stanza.is("message") ? this.bounceMessages.get(String(stanza.attrs.to)) : undefined;
        if (bounce) {
          const error = xml("message", { type: "error", id: stanza.attrs.id, from: stanza.attrs.to, to: `${jid}/fake` }, xml("error", { type: "cancel" }, xml(bounce, { xmlns: "urn:ietf:params:xml:ns:xmpp-stanzas" })));
          // A moment later, as over a network.
          queueMicrotask(() => listeners.forEach((l) => l(error)));
        }
        if (stanza.is("presence") && stanza.attrs.type === "subscribe") {
          const existing = account.roster.find((c) => c.jid === stanza.attrs.to);
          if (existing) existing.ask = true;
          else account.roster.push({ jid: String(stanza.attrs.to), groups: [], subscription: "none", ask: true });
        }
      },
      onStanza: (listener) => void listeners.push(listener),
      close: async () => {
        state.connected = false;
        this.open.get(jid)!.delete(state);
      },
    };
  }
}
