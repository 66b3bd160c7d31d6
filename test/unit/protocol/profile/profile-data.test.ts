import { describe, it, expect } from "vitest";
import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../../../../src/protocol/connection/account-session.ts";
import { copyItem, failureReport } from "../../../../src/protocol/profile/profile-report.ts";
import { mergeLegacyBookmarks } from "../../../../src/protocol/profile/copy-bookmarks.ts";
import { storedImageIds } from "../../../../src/protocol/profile/copy-avatar.ts";
import { movedPayload, newJidOf } from "../../../../src/protocol/profile/moved-statement.ts";
import { nodeConfigForm } from "../../../../src/protocol/profile/pep.ts";
import { copyProfile } from "../../../../src/protocol/profile/copy-profile.ts";

const stanzaError = (condition: string) => Object.assign(new Error(condition), { name: "StanzaError", condition });

describe("profile reports", () => {
  it("maps errors by side: nothing there, not supported, or failed", () => {
    expect(failureReport("vcard", "source", stanzaError("item-not-found"))).toEqual({ item: "vcard", outcome: "none" });
    expect(failureReport("blocklist", "source", stanzaError("service-unavailable"))).toEqual({
      item: "blocklist",
      outcome: "unsupported-source",
      condition: "service-unavailable",
    });
    expect(failureReport("bookmarks", "target", stanzaError("feature-not-implemented")).outcome).toBe("unsupported-target");
    expect(failureReport("bookmarks", "target", stanzaError("item-not-found")).outcome).toBe("unsupported-target");
    expect(failureReport("avatar", "target", stanzaError("forbidden"))).toEqual({ item: "avatar", outcome: "failed", condition: "forbidden" });
    expect(failureReport("avatar", "target", Object.assign(new Error("t"), { name: "TimeoutError" })).condition).toBe("timeout");
    expect(failureReport("avatar", "target", new TypeError("bug")).condition).toBe("other");
  });

  it("copyItem reports instead of throwing, and skips the write when there is nothing", async () => {
    let writes = 0;
    const write = async () => {
      writes++;
      return 2;
    };
    expect(await copyItem("blocklist", async () => undefined, write)).toEqual({ item: "blocklist", outcome: "none" });
    expect(writes).toBe(0);
    expect(await copyItem("blocklist", async () => ["a"], write)).toEqual({ item: "blocklist", outcome: "copied", count: 2 });
    expect(
      await copyItem("blocklist", async () => ["a"], async () => {
        throw stanzaError("not-acceptable");
      }),
    ).toEqual({ item: "blocklist", outcome: "failed", condition: "not-acceptable" });
  });

  it("one failing item does not stop the others", async () => {
    const fake = (jid: string, answer: (type: string, child: Element) => Element | undefined): AccountSession => ({
      jid,
      preApproval: true,
      iq: async (type, child) => {
        const reply = answer(type, child);
        if (!reply) throw stanzaError("item-not-found");
        return xml("iq", { type: "result" }, reply);
      },
      send: async () => undefined,
      onStanza: () => undefined,
      close: async () => undefined,
    });
    const blocked: string[] = [];
    const old = fake("a@old.test", (_type, child) => {
      if (child.is("vCard")) throw stanzaError("internal-server-error");
      if (child.is("blocklist")) return xml("blocklist", { xmlns: "urn:xmpp:blocking" }, xml("item", { jid: "spam@x.test" }));
      return undefined;
    });
    const target = fake("a@new.test", (type, child) => {
      if (child.is("blocklist")) return xml("blocklist", { xmlns: "urn:xmpp:blocking" });
      if (type === "set" && child.is("block")) blocked.push(...child.getChildren("item").map((i) => String(i.attrs.jid)));
      return xml("ok");
    });
    expect(await copyProfile(old, target)).toEqual([
      { item: "vcard", outcome: "failed", condition: "internal-server-error" },
      { item: "avatar", outcome: "none" },
      { item: "nickname", outcome: "none" },
      { item: "legacy-bookmarks", outcome: "none" },
      { item: "bookmarks", outcome: "none" },
      { item: "blocklist", outcome: "copied", count: 1 },
    ]);
    expect(blocked).toEqual(["spam@x.test"]);
  });
});

describe("profile XML", () => {
  it("merges legacy bookmarks: same room or URL replaced, others kept or appended", () => {
    const existing = [
      xml("conference", { jid: "Room@conf.test", name: "old name" }),
      xml("url", { url: "https://a.test/", name: "A" }),
      xml("conference", { jid: "mine@conf.test" }),
    ];
    const incoming = [xml("conference", { jid: "room@conf.test", name: "new name" }), xml("url", { url: "https://b.test/" })];
    expect(mergeLegacyBookmarks(existing, incoming).map((e) => e.toString())).toEqual([
      '<conference jid="room@conf.test" name="new name"/>',
      '<url url="https://a.test/" name="A"/>',
      '<conference jid="mine@conf.test"/>',
      '<url url="https://b.test/"/>',
    ]);
    const once = mergeLegacyBookmarks([], incoming);
    expect(mergeLegacyBookmarks(once, incoming)).toEqual(once);
  });

  it("reads the moved statement back, ignoring what is not a JID", () => {
    expect(movedPayload("juliet@new.test").toString()).toBe('<moved xmlns="urn:xmpp:moved:1"><new-jid>juliet@new.test</new-jid></moved>');
    expect(newJidOf(movedPayload(" Juliet@New.Test "))).toBe("juliet@new.test");
    expect(newJidOf(movedPayload("not a jid"))).toBeUndefined();
    expect(newJidOf(xml("moved", { xmlns: "urn:xmpp:moved:0" }, xml("new-jid", {}, "a@b.test")))).toBeUndefined();
    expect(newJidOf(xml("moved", { xmlns: "urn:xmpp:moved:1" }))).toBeUndefined();
    expect(newJidOf(undefined)).toBeUndefined();
  });

  it("builds publish-options forms", () => {
    expect(nodeConfigForm("http://jabber.org/protocol/pubsub#publish-options", { access_model: "presence" }).toString()).toBe(
      '<x xmlns="jabber:x:data" type="submit">' +
        '<field var="FORM_TYPE" type="hidden"><value>http://jabber.org/protocol/pubsub#publish-options</value></field>' +
        '<field var="pubsub#access_model"><value>presence</value></field></x>',
    );
  });

  it("lists avatar images held in the data node, not those hosted by URL", () => {
    const metadata = xml(
      "metadata",
      { xmlns: "urn:xmpp:avatar:metadata" },
      xml("info", { id: "abc", type: "image/png", bytes: "10" }),
      xml("info", { id: "def", type: "image/webp", bytes: "9", url: "https://cdn.test/def" }),
    );
    expect(storedImageIds({ id: "abc", payload: metadata })).toEqual(["abc"]);
  });
});
