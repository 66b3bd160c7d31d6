import { describe, it, expect } from "vitest";
import { xml } from "@xmpp/client";
import StanzaError from "@xmpp/middleware/lib/StanzaError.js";
import { conditionOf, stanzaCondition } from "../../../src/protocol/stanza-error.ts";

const NS_STANZAS = "urn:ietf:params:xml:ns:xmpp-stanzas";
const NS_PUBSUB_ERRORS = "http://jabber.org/protocol/pubsub#errors";
/** A failed request as @xmpp/client rejects it, from the `<error/>` the server sent. */
const rejected = (...children: ReturnType<typeof xml>[]) => StanzaError.fromElement(xml("error", { type: "cancel" }, ...children));

describe("the condition of a refused request", () => {
  it("is the stanzas-namespace child even when ejabberd puts the pubsub condition first", () => {
    // ejabberd 23.01 on a publish whose publish-options differ from the node's settings.
    const err = rejected(xml("precondition-not-met", { xmlns: NS_PUBSUB_ERRORS }), xml("conflict", { xmlns: NS_STANZAS }));
    expect(conditionOf(err)).toBe("conflict");
  });

  it("is the first child in the usual order, and not the text", () => {
    expect(conditionOf(rejected(xml("conflict", { xmlns: NS_STANZAS }), xml("precondition-not-met", { xmlns: NS_PUBSUB_ERRORS })))).toBe("conflict");
    expect(conditionOf(rejected(xml("text", { xmlns: NS_STANZAS }, "no"), xml("forbidden", { xmlns: NS_STANZAS })))).toBe("forbidden");
  });

  it("is a timeout or `other` for what is no stanza error", () => {
    expect(conditionOf(Object.assign(new Error("t"), { name: "TimeoutError" }))).toBe("timeout");
    expect(conditionOf(new Error("socket closed"))).toBe("other");
  });

  it("of a bounced stanza is read the same way: the defined condition first, else the first that is not text", () => {
    const bounced = (...children: ReturnType<typeof xml>[]) => xml("presence", { type: "error" }, xml("error", { type: "cancel" }, ...children));
    expect(stanzaCondition(bounced(xml("precondition-not-met", { xmlns: NS_PUBSUB_ERRORS }), xml("not-acceptable", { xmlns: NS_STANZAS })))).toBe("not-acceptable");
    expect(stanzaCondition(bounced(xml("text", { xmlns: NS_STANZAS }, "why"), xml("gone", {})))).toBe("gone");
    expect(stanzaCondition(xml("presence", { type: "error" }))).toBe("error");
  });
});
