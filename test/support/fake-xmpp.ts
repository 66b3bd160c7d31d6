import { EventEmitter } from "node:events";
import type { Element } from "@xmpp/xml";

/** The bot's side of a connection for unit tests: stanzas the test emits come in, what the bot sends is kept. */
export class FakeXmpp extends EventEmitter {
  readonly sent: Element[] = [];
  async send(stanza: Element): Promise<void> {
    this.sent.push(stanza);
  }
  bodies(): string[] {
    return this.sent.map((s) => s.getChildText("body")).filter((b): b is string => b !== null);
  }
}
