import { describe, expect, it } from "vitest";
import { parseImport } from "../../../src/importers/parse-import.ts";
import { fixture, fixtureText, importErrorCode } from "./fixtures.ts";

describe("MSN .ctt", () => {
  it("reads addresses, collapses duplicates and reports bad ones", () => {
    const r = parseImport(fixture("msn-contacts.ctt"));
    expect(r.format).toBe("msn-ctt");
    expect(r.entries.map((e) => e.address)).toEqual([
      "joe@hotmail.com",
      "ann.lee@msn.com",
      "kim_park@live.com",
      "bernd.mueller@gmx.de",
    ]);
    expect(r.entries.every((e) => e.network === "msn" && e.groups.length === 0 && e.name === undefined)).toBe(true);
    expect(r.problems).toEqual([{ code: "invalid-address", line: 10, detail: "not an address" }]);
  });

  it("reads UTF-16 LE with a BOM", () => {
    const r = parseImport(fixture("msn-contacts-utf16le.ctt"));
    expect(r.entries.map((e) => e.address)).toContain("jürgen.weiß@gmx.de");
    expect(r.entries).toHaveLength(4);
  });
});

describe("Windows Live Messenger chat history", () => {
  it("is recognised and refused as not a contact list", () => {
    expect(importErrorCode(() => parseImport(fixture("wlm-history.xml")))).toBe("chat-history-not-contacts");
  });
});

describe("Pidgin blist.xml", () => {
  const r = parseImport(fixture("pidgin-blist.xml"));
  const by = (address: string) => r.entries.find((e) => e.address === address);

  it("maps protocols to networks", () => {
    expect(r.format).toBe("pidgin-blist");
    expect(r.entries.map((e) => [e.network, e.address])).toEqual([
      ["msn", "joe@schmoe.com"],
      ["xmpp", "alice@wonderland.example"],
      ["msn", "alice.liddell@hotmail.com"],
      ["xmpp", "bob@builder.example"],
      ["icq", "987654321"],
      ["aim", "caroldanvers"],
      ["yahoo", "dave_y2k"],
    ]);
  });

  it("prefers the buddy alias, then the contact alias, then the server alias", () => {
    expect(by("joe@schmoe.com")?.name).toBe("Joe S.");
    expect(by("alice@wonderland.example")?.name).toBe("Alice");
    expect(by("bob@builder.example")?.name).toBe("Bob the Builder");
    expect(by("dave_y2k")?.name).toBeUndefined();
  });

  it("turns group names into groups and merges a buddy listed twice", () => {
    expect(by("alice@wonderland.example")?.groups).toEqual(["Friends", "Work & Co"]);
    expect(by("987654321")?.groups).toEqual(["Work & Co"]);
  });

  it("reports chats and unknown protocols", () => {
    expect(r.problems).toEqual([
      { code: "chat-room-skipped", line: 29, detail: "prpl-jabber" },
      { code: "unknown-protocol", line: 58, detail: "prpl-irc" },
    ]);
  });

  it("reads old Gaim files with person and protocol", () => {
    const old = parseImport(fixture("gaim-blist-old.xml"));
    expect(old.entries).toEqual([
      { address: "frank@hotmail.com", network: "msn", name: "Frank", groups: ["Buddies"] },
      { address: "11223344", network: "icq", name: "Grace", groups: ["Buddies"] },
      { address: "heidiaim", network: "aim", groups: ["Buddies"] },
    ]);
  });
});

describe("XEP-0227", () => {
  it("reads the first user's roster with names, subscriptions, ask, groups and pending requests", () => {
    const r = parseImport(fixture("xep0227-pie.xml"));
    expect(r.format).toBe("xep0227");
    const by = (address: string) => r.entries.find((e) => e.address === address);
    expect(by("romeo@montague.example")).toEqual({
      address: "romeo@montague.example",
      network: "xmpp",
      name: "Romeo",
      groups: ["Friends", "Lovers"],
      subscription: "both",
    });
    expect(by("nurse@capulet.example")?.subscription).toBe("to");
    expect(by("tybalt@capulet.example")).toMatchObject({ subscription: "from", groups: ["Family"] });
    expect(by("paris@verona.example")).toMatchObject({ subscription: "none", ask: true, name: "Count Paris" });
    expect(by("benvolio@montague.example")).toMatchObject({ pendingIn: true });
    expect(by("mercutio@verona.example")).toMatchObject({ pendingIn: true, name: "Mercutio", subscription: "none" });
    expect(by("joe%hotmail.com@msn.capulet.example")?.name).toBe("Joe (MSN)");
    expect(by("friar@verona.example")).toBeUndefined();
    expect(by("juliet@capulet.example")).toBeUndefined();
    expect(r.problems).toEqual([
      { code: "not-a-user-address", line: 23, detail: "msn.capulet.example" },
      { code: "invalid-subscription", line: 25, detail: "sometimes" },
      { code: "other-user-skipped", line: 34, detail: "romeo@capulet.example" },
    ]);
  });

  it("reads another user when asked", () => {
    const r = parseImport(fixture("xep0227-pie.xml"), { user: "romeo@capulet.example" });
    expect(r.entries).toEqual([
      { address: "juliet@capulet.example", network: "xmpp", name: "Juliet", groups: [], subscription: "both" },
    ]);
    expect(parseImport(fixture("xep0227-pie.xml"), { user: "Romeo" }).entries).toHaveLength(1);
    expect(importErrorCode(() => parseImport(fixture("xep0227-pie.xml"), { user: "tybalt" }))).toBe("user-not-found");
  });

  it("reads the one account with the user's local part when the full JID is not in the file", () => {
    expect(parseImport(fixture("xep0227-pie.xml"), { user: "Romeo@montague.example" }).entries.map((e) => e.address)).toEqual(["juliet@capulet.example"]);
  });

  it("reads the only account of a file whatever its name, and refuses to guess among several", () => {
    expect(parseImport(fixture("xep0227-user.xml"), { user: "alice@old.test" }).entries.map((e) => e.address)).toEqual([
      "cordelia@britain.example",
      "goneril@britain.example",
    ]);
    expect(parseImport(fixture("xep0227-old-ns.xml"), { user: "alice@old.test" }).entries).toHaveLength(2);
    try {
      parseImport(fixture("xep0227-pie.xml"), { user: "alice@old.test" });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: "user-not-found", details: { user: "alice@old.test", accounts: 2 } });
    }
  });

  it("reads the old namespace (ejabberd)", () => {
    const r = parseImport(fixture("xep0227-old-ns.xml"));
    expect(r.entries).toEqual([
      { address: "horatio@shakespeare.example", network: "xmpp", name: "Horatio", groups: ["Wittenberg"], subscription: "both" },
      { address: "ophelia@shakespeare.example", network: "xmpp", groups: [], subscription: "to", ask: true },
    ]);
  });

  it("reads a bare user export", () => {
    const r = parseImport(fixture("xep0227-user.xml"));
    expect(r.entries.map((e) => [e.address, e.subscription, e.groups])).toEqual([
      ["cordelia@britain.example", "both", ["Daughters"]],
      ["goneril@britain.example", "from", ["Daughters"]],
    ]);
  });

  describe("ejabberd 23.01's export_piefxis_host files", () => {
    it("reads the sender's account from the per-host file (a <host> root with several users)", () => {
      const r = parseImport(fixture("ejabberd-23.01-host.xml"), { user: "juliet@old.test" });
      expect(r.format).toBe("xep0227");
      expect(r.entries).toEqual([
        { address: "romeo@old.test", network: "xmpp", name: "Romeo", groups: ["Montague"], subscription: "both" },
        { address: "nurse@old.test", network: "xmpp", name: "Nurse", groups: ["Household"], subscription: "from" },
        { address: "tybalt@capulet.example", network: "xmpp", name: "Tybalt", groups: ["Family"], subscription: "to" },
        { address: "friar@verona.example", network: "xmpp", name: "Friar Laurence", groups: [], subscription: "none" },
        { address: "paris@verona.example", network: "xmpp", groups: [], pendingIn: true },
      ]);
      expect(r.problems.map((p) => p.detail)).toEqual(["romeo@old.test", "nurse@old.test"]);
    });

    it("picks the account by the sender's JID, or by its local part from another domain", () => {
      expect(parseImport(fixture("ejabberd-23.01-host.xml"), { user: "romeo@old.test" }).entries.map((e) => e.address)).toEqual([
        "juliet@old.test",
        "benvolio@verona.example",
      ]);
      expect(parseImport(fixture("ejabberd-23.01-host.xml"), { user: "romeo@new.test" }).entries).toHaveLength(2);
      expect(importErrorCode(() => parseImport(fixture("ejabberd-23.01-host.xml"), { user: "tybalt@new.test" }))).toBe("user-not-found");
    });

    it("never carries the SCRAM credentials of the file into what it returns", () => {
      const text = fixtureText("ejabberd-23.01-host.xml");
      const secrets = [...text.matchAll(/<(salt|server-key|stored-key)>([^<]+)</g)].map((m) => m[2]!);
      expect(secrets).toHaveLength(9);
      const read = JSON.stringify(parseImport(fixture("ejabberd-23.01-host.xml"), { user: "juliet@old.test" }));
      expect(secrets.filter((s) => read.includes(s))).toEqual([]);
    });

    it("answers the index file (only an xi:include) by naming the per-host file to send", () => {
      try {
        parseImport(fixture("ejabberd-23.01-index.xml"), { user: "juliet@old.test" });
        expect.unreachable();
      } catch (e) {
        expect(e).toMatchObject({ code: "xep0227-index-file", details: { files: "20261203-163517_old_test.xml" } });
      }
    });
  });
});
