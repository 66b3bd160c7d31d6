import type { Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { NS_STREAMS } from "../namespaces.ts";

const NS_SM = "urn:xmpp:sm:3";

/**
 * Turns XEP-0198 off for a client. @xmpp/client 0.14 sometimes acknowledges
 * more stanzas than the server sent (seen with Prosody 0.12 after an error
 * bounce), and Prosody then kills the stream; SM can also make a send look
 * successful while the network is gone (notes/stack.md). Ferry's state lives
 * in its store, so a plain reconnect loses nothing it needs.
 */
export function withoutStreamManagement(xmpp: Client): void {
  (xmpp as unknown as { prependListener(e: string, f: (el: Element) => void): void }).prependListener("element", (el: Element) => {
    if (el.is("features", NS_STREAMS)) {
      el.children = el.children.filter((c) => typeof c === "string" || !(c as Element).is("sm", NS_SM));
    }
  });
}
