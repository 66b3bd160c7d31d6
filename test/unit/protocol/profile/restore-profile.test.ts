import { describe, it, expect } from "vitest";
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../../../../src/protocol/connection/account-session.ts";
import { restorePart, restoreInventory } from "../../../../src/protocol/profile/restore-profile.ts";
import type { BackupProfile, XmlNode } from "../../../../src/importers/read-account-backup.ts";

const node = (name: string, attrs: Record<string, string>, children: XmlNode[] = [], text = ""): XmlNode => ({ name, attrs, children, text });

/** An account that takes every write and records it. */
function recorder(): { session: AccountSession; sets: Element[] } {
  const sets: Element[] = [];
  const session: AccountSession = {
    jid: "fred@new.test",
    preApproval: true,
    iq: async (type, child) => {
      if (type === "set") sets.push(child);
      return xml("iq", { type: "result" });
    },
    send: async () => undefined,
    onStanza: () => undefined,
    close: async () => undefined,
  };
  return { session, sets };
}

const published = (sets: Element[]) =>
  sets.map((p) => {
    const publish = p.getChild("publish")!;
    const access = p.getChild("publish-options")?.getChild("x")?.getChildren("field").find((f) => f.attrs.var === "pubsub#access_model")?.getChildText("value");
    return { node: publish.attrs.node, id: publish.getChild("item")!.attrs.id, access };
  });

const profile: BackupProfile = {
  legacyBookmarks: [],
  blocklist: [],
  pep: [
    { node: "urn:xmpp:moved:1", accessModel: "presence", items: [{ id: "current", payload: node("moved", { xmlns: "urn:xmpp:moved:1" }, [node("new-jid", {}, [], "elsewhere@x.test")]) }] },
    { node: "eu.siacs.conversations.axolotl.devicelist", accessModel: "open", items: [{ id: "current", payload: node("list", { xmlns: "eu.siacs.conversations.axolotl" }) }] },
    { node: "urn:xmpp:omemo:2:devices", items: [{ id: "current", payload: node("devices", { xmlns: "urn:xmpp:omemo:2" }) }] },
    { node: "urn:xmpp:microblog:0", accessModel: "open", items: [{ id: "post-1", payload: node("entry", { xmlns: "http://www.w3.org/2005/Atom" }, [node("title", {}, [], "Hello & welcome")]) }] },
    { node: "urn:xmpp:private-notes", items: [{ id: "n1", payload: node("note", { xmlns: "urn:example:notes" }, [], "secret") }] },
    { node: "urn:example:odd", accessModel: "roster", items: [{ id: "x", payload: node("odd", { xmlns: "urn:example:odd" }) }] },
  ],
};

describe("restoring a backup's other PEP nodes", () => {
  it("skips the old account's moved statement and OMEMO keys, keeps portable audiences, and keeps the rest to the account itself", async () => {
    const { session, sets } = recorder();
    expect(restoreInventory(profile)["pep-nodes"]).toBe(3);
    expect(await restorePart("pep-nodes", profile, session)).toEqual({ item: "pep-nodes", outcome: "copied", count: 3 });
    expect(published(sets)).toEqual([
      { node: "urn:xmpp:microblog:0", id: "post-1", access: "open" },
      { node: "urn:xmpp:private-notes", id: "n1", access: "whitelist" },
      { node: "urn:example:odd", id: "x", access: "whitelist" },
    ]);
    // Payloads are rebuilt as they were, text escaped on the way out.
    expect(sets[0]!.getChild("publish")!.getChild("item")!.getChild("entry")!.toString()).toBe("<entry xmlns=\"http://www.w3.org/2005/Atom\"><title>Hello &amp; welcome</title></entry>");
  });

  it("reports nothing to do for parts the file does not have", async () => {
    const { session, sets } = recorder();
    for (const part of ["vcard", "avatar", "nickname", "legacy-bookmarks", "bookmarks", "blocklist"] as const) {
      expect(await restorePart(part, profile, session)).toEqual({ item: part, outcome: "none" });
    }
    expect(sets).toEqual([]);
  });
});
