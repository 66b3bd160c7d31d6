import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { bareOf } from "../../core/jid.ts";
import { NS_COMMANDS, NS_INFO, NS_ITEMS } from "../namespaces.ts";

/** The bot's ad-hoc commands as discovery shows them, per user (admins see more). */
export interface CommandDirectory {
  /** The commands this user may run, named in their language. */
  list(user: string, stanzaLang?: string): Promise<{ node: string; name: string }[]>;
  /** The command at `node` if this user may run it, else undefined. */
  commandFor(user: string, node: string): object | undefined;
}

export const BOT_FEATURES = [
  NS_INFO,
  NS_ITEMS,
  NS_COMMANDS,
  "jabber:x:data",
  "jabber:iq:version",
  "urn:xmpp:ping",
  "http://jabber.org/protocol/chatstates",
];

/** XEP-0030: the bot says it is a bot and lists its ad-hoc commands (per user: admins see more). */
export function answerDiscovery(xmpp: Client, adhoc: CommandDirectory): void {
  xmpp.iqCallee.get(NS_INFO, "query", (ctx: { stanza: Element; element: Element }) => {
    const node = ctx.element.attrs.node as string | undefined;
    const user = bareOf(String(ctx.stanza.attrs.from ?? ""));
    if (!node) {
      return xml(
        "query",
        { xmlns: NS_INFO },
        xml("identity", { category: "client", type: "bot", name: "Ferry" }),
        ...BOT_FEATURES.map((f) => xml("feature", { var: f })),
      );
    }
    if (node === NS_COMMANDS) {
      return xml("query", { xmlns: NS_INFO, node }, xml("identity", { category: "automation", type: "command-list" }));
    }
    if (adhoc.commandFor(user, node)) {
      return xml(
        "query",
        { xmlns: NS_INFO, node },
        xml("identity", { category: "automation", type: "command-node" }),
        xml("feature", { var: NS_COMMANDS }),
        xml("feature", { var: "jabber:x:data" }),
      );
    }
    return xml("error", { type: "cancel" }, xml("item-not-found", { xmlns: "urn:ietf:params:xml:ns:xmpp-stanzas" }));
  });

  xmpp.iqCallee.get(NS_ITEMS, "query", async (ctx: { stanza: Element; element: Element }) => {
    const node = ctx.element.attrs.node as string | undefined;
    if (node !== NS_COMMANDS) return xml("query", { xmlns: NS_ITEMS, ...(node ? { node } : {}) });
    const user = bareOf(String(ctx.stanza.attrs.from ?? ""));
    const to = String(ctx.stanza.attrs.to ?? xmpp.jid?.toString() ?? "");
    const items = await adhoc.list(user, ctx.stanza.attrs["xml:lang"] as string | undefined);
    return xml("query", { xmlns: NS_ITEMS, node }, ...items.map((i) => xml("item", { jid: to, node: i.node, name: i.name })));
  });
}
