import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { ferryClient } from "../../src/protocol/connection/ferry-client.ts";

const NS_COMMANDS = "http://jabber.org/protocol/commands";

/**
 * A person with a chat client, for integration tests: signs in to the real
 * server, sends messages to the bot and waits for what comes back.
 */
export class XmppUser {
  readonly inbox: Element[] = [];
  private waiters: (() => void)[] = [];

  private constructor(
    readonly jid: string,
    readonly xmpp: Client,
  ) {
    xmpp.on("stanza", (s: Element) => {
      this.inbox.push(s);
      for (const w of this.waiters.splice(0)) w();
    });
  }

  static async connect(service: string, jid: string, password: string, resource = "test"): Promise<XmppUser> {
    const at = jid.indexOf("@");
    const xmpp = ferryClient({ service, domain: jid.slice(at + 1), username: jid.slice(0, at), password, resource });
    xmpp.on("error", () => undefined);
    xmpp.reconnect.stop();
    const user = new XmppUser(jid, xmpp);
    await xmpp.start();
    await xmpp.send(xml("presence"));
    return user;
  }

  /** Messages with a body from `from` (bare JID), in arrival order. */
  bodiesFrom(from: string): string[] {
    return this.inbox
      .filter((s) => s.is("message") && String(s.attrs.from ?? "").split("/")[0] === from && s.getChildText("body") !== null)
      .map((s) => s.getChildText("body")!);
  }

  /** Waits until `check` finds something in the inbox. */
  async waitFor<T>(check: (inbox: Element[]) => T | undefined, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = check(this.inbox);
      if (found !== undefined && found !== false) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; inbox: ${this.inbox.map((s) => s.toString()).join("\n").slice(-3000)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Sends a chat message and resolves with the next `count` bodies the bot sends back. */
  async say(to: string, body: string, opts: { lang?: string; count?: number; type?: string; timeoutMs?: number } = {}): Promise<string[]> {
    const before = this.bodiesFrom(to).length;
    const count = opts.count ?? 1;
    await this.send(to, body, opts);
    return this.waitFor(() => {
      const bodies = this.bodiesFrom(to);
      return bodies.length >= before + count ? bodies.slice(before, before + count) : undefined;
    }, opts.timeoutMs);
  }

  /** Sends a chat message and resolves with everything the bot says until a reply matches `until`. */
  async sayUntil(to: string, body: string, until: RegExp, timeoutMs = 15_000): Promise<string> {
    const before = this.bodiesFrom(to).length;
    await this.send(to, body);
    return this.waitForReply(to, until, before, timeoutMs);
  }

  /** Waits for a message from `from` matching `pattern` among those after the first `skip`; resolves with all of them joined. */
  async waitForReply(from: string, pattern: RegExp, skip = 0, timeoutMs = 15_000): Promise<string> {
    return this.waitFor(() => {
      const bodies = this.bodiesFrom(from).slice(skip);
      return bodies.some((b) => pattern.test(b)) ? bodies.join("\n---\n") : undefined;
    }, timeoutMs);
  }

  async send(to: string, body: string, opts: { lang?: string; type?: string } = {}): Promise<void> {
    await this.xmpp.send(
      xml("message", { to, type: opts.type ?? "chat", ...(opts.lang ? { "xml:lang": opts.lang } : {}) }, xml("body", {}, body)),
    );
  }

  async iq(type: "get" | "set", to: string, child: Element, lang?: string): Promise<Element> {
    const stanza = xml("iq", { type, to, ...(lang ? { "xml:lang": lang } : {}) }, child);
    return this.xmpp.iqCaller.request(stanza, 10_000);
  }

  /**
   * One step of an ad-hoc command (XEP-0050) on `to`: without a session it is
   * executed, with one the form is submitted with `values` (a value with line
   * breaks becomes one <value/> per line, as text-multi). Resolves with the
   * bot's <command/>; each command is its own conversation, apart from chat.
   */
  async command(to: string, node: string, step: { sessionid?: string; values?: Record<string, string> } = {}): Promise<Element> {
    const fields = Object.entries(step.values ?? {}).map(([k, v]) => xml("field", { var: k }, ...v.split("\n").map((line) => xml("value", {}, line))));
    const form = step.values && xml("x", { xmlns: "jabber:x:data", type: "submit" }, ...fields);
    const attrs = step.sessionid ? { xmlns: NS_COMMANDS, node, sessionid: step.sessionid } : { xmlns: NS_COMMANDS, node, action: "execute" };
    return (await this.iq("set", to, form ? xml("command", attrs, form) : xml("command", attrs))).getChild("command", NS_COMMANDS)!;
  }

  async stop(): Promise<void> {
    await this.xmpp.stop().catch(() => undefined);
  }
}
