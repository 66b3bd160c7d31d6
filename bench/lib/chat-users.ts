/**
 * People with chat clients talking to a bot, for the benchmarks that time
 * replies: each says something and times the bot's answer. A reply that does
 * not come within REPLY_TIMEOUT_MS counts as NO_REPLY (an infinite latency),
 * so a time-out can never make a percentile look better.
 */
import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { ferryClient } from "../../src/protocol/connection/ferry-client.ts";
import { COMMANDS } from "../../flows/registry.ts";

export const REPLY_TIMEOUT_MS = 15_000;
export const NO_REPLY = Number.POSITIVE_INFINITY;

/** Each step gets exactly one reply: the menu number of `language` asks one question. */
export const CHAT_PATTERN = ["help", String(COMMANDS.filter((c) => !c.adminOnly).findIndex((c) => c.id === "language") + 1), "cancel"];

export class ChatUser {
  private waiting: { from: string; left: number; resolve: () => void } | undefined;

  constructor(
    readonly jid: string,
    readonly xmpp: Client,
  ) {
    xmpp.on("stanza", (s: Element) => {
      const w = this.waiting;
      if (!w || !s.is("message") || s.getChildText("body") === null) return;
      if (String(s.attrs.from ?? "").split("/")[0] !== w.from) return;
      w.left -= 1;
      if (w.left <= 0) {
        this.waiting = undefined;
        w.resolve();
      }
    });
  }

  /** Sends `body` to `to` and resolves with the ms until `replies` bodies came back, or NO_REPLY. */
  async say(to: string, body: string, replies = 1): Promise<number> {
    const t0 = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const done = new Promise<number>((resolve) => {
      this.waiting = { from: to, left: replies, resolve: () => resolve(performance.now() - t0) };
      timer = setTimeout(() => {
        this.waiting = undefined;
        resolve(NO_REPLY);
      }, REPLY_TIMEOUT_MS);
    });
    await this.xmpp.send(xml("message", { type: "chat", to }, xml("body", {}, body)));
    const ms = await done;
    clearTimeout(timer);
    return ms;
  }

  async stop(): Promise<void> {
    await this.xmpp.stop().catch(() => undefined);
  }
}

/** Signs the users in, `parallel` at a time, and sends their initial presence. */
export async function connectUsers(service: string, jids: string[], password: string, parallel = 25): Promise<ChatUser[]> {
  const users: ChatUser[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jids.length) {
      const jid = jids[next++]!;
      const at = jid.indexOf("@");
      const xmpp = ferryClient({ service, domain: jid.slice(at + 1), username: jid.slice(0, at), password, resource: "load" });
      xmpp.reconnect.stop();
      xmpp.on("error", () => undefined);
      await xmpp.start();
      await xmpp.send(xml("presence"));
      users.push(new ChatUser(jid, xmpp));
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, jids.length) }, worker));
  return users;
}
