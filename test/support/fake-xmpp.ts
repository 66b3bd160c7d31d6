import { EventEmitter } from "node:events";
import type { Element } from "@xmpp/xml";

/**
 * The bot's side of a connection for unit tests: stanzas the test emits come in, what the bot sends is kept.
 * Its server offers nothing: every iq the bot asks is answered `feature-not-implemented`.
 */
export class FakeXmpp extends EventEmitter {
  readonly sent: Element[] = [];
  readonly iqCaller = {
    request: async (_iq: Element): Promise<Element> => {
      throw Object.assign(new Error("feature-not-implemented"), { name: "StanzaError", condition: "feature-not-implemented", type: "cancel" });
    },
  };
  async send(stanza: Element): Promise<void> {
    this.sent.push(stanza);
  }
  bodies(): string[] {
    return this.sent.map((s) => s.getChildText("body")).filter((b): b is string => b !== null);
  }
}
