import { describe, it, expect } from "vitest";
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../../../../src/protocol/connection/account-session.ts";
import { copyBookmarks, NS_BOOKMARKS } from "../../../../src/protocol/profile/copy-bookmarks.ts";

const NS_PUBSUB = "http://jabber.org/protocol/pubsub";
const NS_OWNER = "http://jabber.org/protocol/pubsub#owner";

function stanzaError(condition: string, type: string, text?: string): Error {
  return Object.assign(new Error(text ?? condition), { name: "StanzaError", condition, type, text });
}

function formValues(form: Element | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of form?.getChildren("field") ?? []) {
    const name = String(field.attrs.var);
    if (name.startsWith("pubsub#")) values[name.slice("pubsub#".length)] = field.getChildText("value") ?? "";
  }
  return values;
}

interface PepServer {
  /** Publish-options the server takes; any other field is refused as ejabberd 23.01 does. */
  publishOptions: "all" | Set<string>;
  /** Items a new node keeps (ejabberd: 1). */
  defaultMaxItems: number;
  /** The owner's node configuration is refused with this condition. */
  refuseConfigure?: string;
}

/** One account's PEP bookmarks node, answering like the server described. */
function pepAccount(jid: string, server: PepServer, rooms: string[] = []) {
  let items = rooms.map((id) => ({ id, payload: xml("conference", { xmlns: NS_BOOKMARKS, name: id }) }));
  let maxItems: number | undefined = rooms.length > 0 ? Infinity : undefined;
  const requests: string[] = [];
  const session: AccountSession = {
    jid,
    preApproval: true,
    iq: async (type, child) => {
      const publish = child.getChild("publish");
      const configure = child.getChild("configure");
      if (type === "set" && child.attrs.xmlns === NS_PUBSUB && publish) {
        const options = formValues(child.getChild("publish-options")?.getChild("x"));
        requests.push(`publish ${Object.keys(options).sort().join(",")}`);
        const refused = server.publishOptions === "all" ? undefined : Object.keys(options).find((k) => !(server.publishOptions as Set<string>).has(k));
        if (refused) {
          // ejabberd 23.01's answer, word for word.
          throw stanzaError("resource-constraint", "wait", `Unknown field 'pubsub#${refused}' of type 'http://jabber.org/protocol/pubsub#publish-options'`);
        }
        maxItems ??= options.max_items === "max" ? Infinity : server.defaultMaxItems;
        const item = publish.getChild("item")!;
        items = [...items.filter((i) => i.id !== item.attrs.id), { id: String(item.attrs.id), payload: item.getChildElements()[0]! }].slice(-maxItems);
        return xml("iq", { type: "result" });
      }
      if (type === "set" && child.attrs.xmlns === NS_OWNER && configure) {
        const config = formValues(configure.getChild("x"));
        requests.push(`configure ${Object.keys(config).sort().join(",")}`);
        if (server.refuseConfigure) throw stanzaError(server.refuseConfigure, "auth");
        if (config.max_items) maxItems = config.max_items === "max" ? Infinity : Number(config.max_items);
        return xml("iq", { type: "result" });
      }
      if (type === "get" && child.attrs.xmlns === NS_PUBSUB && child.getChild("items")) {
        if (maxItems === undefined) throw stanzaError("item-not-found", "cancel");
        return xml("iq", { type: "result" }, xml("pubsub", { xmlns: NS_PUBSUB }, xml("items", { node: NS_BOOKMARKS }, ...items.map((i) => xml("item", { id: i.id }, i.payload)))));
      }
      throw stanzaError("feature-not-implemented", "cancel");
    },
    send: async () => undefined,
    onStanza: () => undefined,
    close: async () => undefined,
  };
  return { session, requests, rooms: () => items.map((i) => i.id) };
}

const PROSODY: PepServer = { publishOptions: "all", defaultMaxItems: 256 };
const EJABBERD_23_01: PepServer = { publishOptions: new Set(["access_model", "persist_items"]), defaultMaxItems: 1 };
const ROOMS = ["balcony@conf.old.test", "ball@conf.old.test", "chapel@conf.old.test", "crypt@conf.old.test"];

describe("copying XEP-0402 bookmarks", () => {
  it("a server that takes every publish-option gets them on each item, as before", async () => {
    const old = pepAccount("juliet@old.test", PROSODY, ROOMS);
    const target = pepAccount("juliet@new.test", PROSODY);
    expect(await copyBookmarks(old.session, target.session)).toEqual({ item: "bookmarks", outcome: "copied", count: 4 });
    expect(target.rooms()).toEqual(ROOMS);
    expect(target.requests.filter((r) => r.startsWith("configure"))).toEqual([]);
  });

  it("ejabberd 23.01 (two publish-options, one item by default): every bookmark survives", async () => {
    const old = pepAccount("juliet@old.test", PROSODY, ROOMS);
    const target = pepAccount("juliet@new.test", EJABBERD_23_01);
    expect(await copyBookmarks(old.session, target.session)).toEqual({ item: "bookmarks", outcome: "copied", count: 4 });
    expect(target.rooms()).toEqual(ROOMS);
    // Refused once, then the accepted options and the rest by node configuration; the later rooms go straight in.
    expect(target.requests).toEqual([
      "publish access_model,max_items,persist_items,send_last_published_item",
      "publish access_model,persist_items",
      "configure access_model,max_items,persist_items,send_last_published_item",
      "publish access_model,persist_items",
      "publish access_model,persist_items",
      "publish access_model,persist_items",
    ]);
  });

  it("a server that also refuses the node configuration: the report says how many were kept and names the lost rooms", async () => {
    const old = pepAccount("juliet@old.test", PROSODY, ROOMS);
    const target = pepAccount("juliet@new.test", { ...EJABBERD_23_01, refuseConfigure: "forbidden" });
    expect(await copyBookmarks(old.session, target.session)).toEqual({
      item: "bookmarks",
      outcome: "partial",
      count: 1,
      lost: ROOMS.slice(1),
      condition: "forbidden",
    });
  });

  it("a server that keeps fewer items than were published without any error is caught by reading the node back", async () => {
    const old = pepAccount("juliet@old.test", PROSODY, ROOMS);
    // Takes every option but ignores max_items: a silent cap of two.
    const target = pepAccount("juliet@new.test", { publishOptions: "all", defaultMaxItems: 2 });
    const capped = target.session;
    const session: AccountSession = {
      ...capped,
      iq: (type, child, to) => capped.iq(type, withoutMaxItems(child), to),
    };
    expect(await copyBookmarks(old.session, session)).toEqual({ item: "bookmarks", outcome: "partial", count: 2, lost: ROOMS.slice(0, 2) });
  });
});

/** The request without its `pubsub#max_items` publish-option, as a server that ignores it would see it. */
function withoutMaxItems(child: Element): Element {
  const form = child.getChild("publish-options")?.getChild("x");
  if (form) form.children = form.children.filter((f) => typeof f === "string" || f.attrs.var !== "pubsub#max_items");
  return child;
}
