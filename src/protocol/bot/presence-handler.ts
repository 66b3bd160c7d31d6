import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { bareOf } from "../../core/jid.ts";

/**
 * The bot is online with `status` (what it is for) every time it connects.
 * Anyone may add it as a contact: a subscription request is approved and
 * returned, so the bot shows as online in their roster. Error presences are ignored.
 */
export function handlePresence(xmpp: Client, botJid: string, allowed: (user: string) => boolean, status: string): void {
  xmpp.on("online", () => {
    void xmpp.send(xml("presence", {}, xml("status", {}, status))).catch(() => undefined);
  });
  xmpp.on("stanza", (stanza: Element) => {
    if (!stanza.is("presence")) return;
    const type = stanza.attrs.type as string | undefined;
    const from = bareOf(String(stanza.attrs.from ?? ""));
    if (!from || from === botJid) return;
    if (type === "subscribe") {
      if (!allowed(from)) {
        void xmpp.send(xml("presence", { to: from, type: "unsubscribed" })).catch(() => undefined);
        return;
      }
      void xmpp.send(xml("presence", { to: from, type: "subscribed" })).catch(() => undefined);
      void xmpp.send(xml("presence", { to: from, type: "subscribe" })).catch(() => undefined);
    } else if (type === "unsubscribe") {
      void xmpp.send(xml("presence", { to: from, type: "unsubscribed" })).catch(() => undefined);
    }
  });
}
