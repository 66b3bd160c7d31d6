import { describe, expect, it } from "vitest";
import { xml } from "@xmpp/client";
import { Parser, type Element } from "@xmpp/xml";
import { buildXep0227, countExport, type AccountExport } from "../../../../src/protocol/account/xep0227-export.ts";

/** Parses a whole document with xmpp.js's own parser (the XML declaration is not an element). */
function parse(text: string): Element {
  const parser = new Parser();
  let root: Element | undefined;
  parser.on("start", (el: Element) => {
    root = el;
  });
  parser.on("element", (el: Element) => root?.append(el));
  parser.on("error", (err: Error) => {
    throw err;
  });
  parser.write(text.replace(/^<\?xml[^>]*\?>\s*/, ""));
  if (!root) throw new Error("no root");
  return root;
}

const base: AccountExport = { jid: "juliet@capulet.example", roster: [], privateData: [], pep: [], blocklist: [] };
const AT = "2024-05-01T12:00:00.000Z";

describe("buildXep0227", () => {
  it("writes the server-data / host / user skeleton with only the roster for an empty account", () => {
    const text = buildXep0227(base, AT);
    expect(text.startsWith("<?xml version='1.0' encoding='UTF-8'?>\n")).toBe(true);
    const root = parse(text);
    expect(root.is("server-data", "urn:xmpp:pie:0")).toBe(true);
    const host = root.getChild("host");
    expect(host?.attrs.jid).toBe("capulet.example");
    const user = host?.getChild("user");
    expect(user?.attrs).toEqual({ name: "juliet" });
    expect(user?.getChildElements().map((c) => `${c.getNS()} ${c.name}`)).toEqual(["jabber:iq:roster query", "urn:xmpp:ferry:backup:0 backup"]);
  });

  it("escapes special characters in names, groups and payloads", () => {
    const tricky = `R&D <"Romeo"> 'M' ]]> 🌹`;
    const text = buildXep0227({
      ...base,
      roster: [{ jid: "romeo@montague.example", name: tricky, groups: [tricky, "Friends & Family"], subscription: "both" }],
      vcard: xml("vCard", { xmlns: "vcard-temp" }, xml("FN", {}, "Juliet <Capulet> & co")),
    }, AT);
    expect(text).not.toContain("<Capulet>");
    const user = parse(text).getChild("host")?.getChild("user");
    const item = user?.getChild("query", "jabber:iq:roster")?.getChild("item");
    expect(item?.attrs).toEqual({ jid: "romeo@montague.example", name: tricky, subscription: "both" });
    expect(item?.getChildren("group").map((g) => g.text())).toEqual([tricky, "Friends & Family"]);
    expect(user?.getChild("vCard", "vcard-temp")?.getChildText("FN")).toBe("Juliet <Capulet> & co");
  });

  it("writes ask, subscription none by default, and no name when there is none", () => {
    const text = buildXep0227({ ...base, roster: [{ jid: "nurse@capulet.example", groups: [], ask: true }] }, AT);
    const item = parse(text).getChild("host")?.getChild("user")?.getChild("query")?.getChild("item");
    expect(item?.attrs).toEqual({ jid: "nurse@capulet.example", subscription: "none", ask: "subscribe" });
  });

  it("writes private storage and PEP configuration and items in their namespaces, without comments or credentials", () => {
    const data: AccountExport = {
      ...base,
      privateData: [
        xml("storage", { xmlns: "storage:bookmarks" }, xml("conference", { jid: "balcony@rooms.example", autojoin: "true" })),
      ],
      pep: [
        {
          node: "http://jabber.org/protocol/nick",
          config: xml(
            "x",
            { xmlns: "jabber:x:data", type: "submit" },
            xml("field", { var: "FORM_TYPE" }, xml("value", {}, "http://jabber.org/protocol/pubsub#node_config")),
            xml("field", { var: "pubsub#access_model" }, xml("value", {}, "presence")),
          ),
          items: [xml("item", { id: "current" }, xml("nick", { xmlns: "http://jabber.org/protocol/nick" }, "Jules <3"))],
        },
        { node: "urn:xmpp:bookmarks:1", items: [] },
      ],
    };
    const text = buildXep0227(data, AT);
    expect(text).not.toContain("<!--");
    expect(text).not.toMatch(/password|scram-credentials/);
    const user = parse(text).getChild("host")?.getChild("user");
    expect(user?.getChildElements().map((c) => `${c.getNS()} ${c.name}`)).toEqual([
      "jabber:iq:roster query",
      "jabber:iq:private query",
      "http://jabber.org/protocol/pubsub#owner pubsub",
      "http://jabber.org/protocol/pubsub pubsub",
      "urn:xmpp:ferry:backup:0 backup",
    ]);
    const storage = user?.getChild("query", "jabber:iq:private")?.getChild("storage", "storage:bookmarks");
    expect(storage?.getChild("conference")?.attrs.jid).toBe("balcony@rooms.example");

    const configures = user?.getChild("pubsub", "http://jabber.org/protocol/pubsub#owner")?.getChildren("configure") ?? [];
    expect(configures.map((c) => c.attrs.node)).toEqual(["http://jabber.org/protocol/nick"]);
    expect(configures[0]?.getChild("x", "jabber:x:data")?.attrs.type).toBe("submit");

    const nodes = user?.getChild("pubsub", "http://jabber.org/protocol/pubsub")?.getChildren("items") ?? [];
    expect(nodes.map((n) => n.attrs.node)).toEqual(["http://jabber.org/protocol/nick", "urn:xmpp:bookmarks:1"]);
    const item = nodes[0]?.getChild("item");
    expect(item?.getNS()).toBe("http://jabber.org/protocol/pubsub");
    expect(item?.attrs.id).toBe("current");
    expect(item?.getChild("nick", "http://jabber.org/protocol/nick")?.text()).toBe("Jules <3");

    expect(countExport(data)).toEqual({ contacts: 0, vcard: false, privateEntries: 1, bookmarks: 1, pepNodes: 2, pepItems: 1, blocked: 0 });
  });

  it("keeps the blocklist, which XEP-0227 has no element for, in Ferry's namespace with the backup's date", () => {
    const user = parse(buildXep0227({ ...base, blocklist: ["spam@evil.example", "evil.example"] }, AT)).getChild("host")?.getChild("user");
    const backup = user?.getChild("backup", "urn:xmpp:ferry:backup:0");
    expect(backup?.attrs).toMatchObject({ jid: "juliet@capulet.example", exported: AT });
    expect(backup?.getChild("blocklist")?.getChildren("item").map((i) => i.attrs.jid)).toEqual(["spam@evil.example", "evil.example"]);
    expect(backup?.getChild("history")).toBeUndefined();
  });

  it("leaves received elements in their stanza and gives the same text every time", () => {
    const iq = xml("iq", { type: "result" }, xml("vCard", { xmlns: "vcard-temp" }, xml("NICKNAME", {}, "Jules")));
    const vcard = iq.getChild("vCard")!;
    const data = { ...base, vcard };
    const first = buildXep0227(data, AT);
    expect(vcard.parent).toBe(iq);
    expect(iq.getChild("vCard")).toBe(vcard);
    expect(buildXep0227(data, AT)).toBe(first);
  });
});
