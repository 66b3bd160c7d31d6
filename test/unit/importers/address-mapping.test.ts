import { describe, expect, it } from "vitest";
import { mapEntries, parseContactMap, transportJid } from "../../../src/importers/address-mapping.ts";
import { escapeJidLocal } from "../../../src/importers/escape-jid-local.ts";
import type { ImportEntry } from "../../../src/importers/import-entry.ts";
import { parseImport } from "../../../src/importers/parse-import.ts";
import { fixture, fixtureText } from "./fixtures.ts";

const entry = (e: Partial<ImportEntry> & Pick<ImportEntry, "address" | "network">): ImportEntry => ({ groups: [], ...e });

describe("escapeJidLocal (XEP-0106)", () => {
  it("escapes the forbidden characters", () => {
    expect(escapeJidLocal("joe@hotmail.com")).toBe("joe\\40hotmail.com");
    expect(escapeJidLocal(`d'artagnan <&/:">`)).toBe("d\\27artagnan\\20\\3c\\26\\2f\\3a\\22\\3e");
  });

  it("escapes a backslash only where it would read as an escape", () => {
    expect(escapeJidLocal("c:\\net")).toBe("c\\3a\\net");
    expect(escapeJidLocal("c:\\5commas")).toBe("c\\3a\\5c5commas");
    expect(escapeJidLocal("\\40")).toBe("\\5c40");
  });

  it("drops leading and trailing spaces", () => {
    expect(escapeJidLocal("  space cadet ")).toBe("space\\20cadet");
  });
});

describe("transportJid", () => {
  it("writes the customary percent form and the XEP-0106 form", () => {
    expect(transportJid("joe@hotmail.com", { domain: "msn.example.org", escaping: "percent" })).toBe("joe%hotmail.com@msn.example.org");
    expect(transportJid("joe@hotmail.com", { domain: "msn.example.org", escaping: "xep0106" })).toBe("joe\\40hotmail.com@msn.example.org");
    expect(transportJid("123456789", { domain: "icq.example.org", escaping: "percent" })).toBe("123456789@icq.example.org");
    expect(transportJid("a b@hotmail.com", { domain: "msn.example.org", escaping: "percent" })).toBeUndefined();
  });
});

describe("parseContactMap", () => {
  it("reads legacy,jid rows with an optional header and reports bad rows", () => {
    const { map, problems } = parseContactMap(fixtureText("contact-map.csv"));
    expect([...map]).toEqual([
      ["joe@hotmail.com", "joe@new.example"],
      ["ann.lee@msn.com", "ann@new.example"],
    ]);
    expect(problems).toEqual([
      { code: "conflicting-mapping", line: 4, detail: "JOE@hotmail.com" },
      { code: "invalid-address", line: 5, detail: "not a jid" },
    ]);
  });

  it("works without a header and with semicolons", () => {
    const { map, problems } = parseContactMap("joe@hotmail.com;Joe@New.Example\r\n");
    expect([...map]).toEqual([["joe@hotmail.com", "joe@new.example"]]);
    expect(problems).toEqual([]);
  });
});

describe("mapEntries", () => {
  const transports = { msn: { domain: "msn.example.org", escaping: "percent" as const } };

  it("resolves admin map first, then JIDs, then transports, else reports why", () => {
    const entries = [
      entry({ address: "joe@hotmail.com", network: "msn", name: "Joe" }),
      entry({ address: "alice@example.org", network: "xmpp", subscription: "both" }),
      entry({ address: "kim@live.com", network: "msn" }),
      entry({ address: "123456789", network: "icq" }),
      entry({ address: "tom@example.com", network: "email" }),
      entry({ address: "not a jid", network: "xmpp" }),
      entry({ address: "a b@hotmail.com", network: "msn" }),
    ];
    const r = mapEntries(entries, { contactMap: new Map([["joe@hotmail.com", "joe@new.example"]]), transports });
    expect(r.mapped.map((m) => [m.rule, m.contact])).toEqual([
      ["admin-map", { jid: "joe@new.example", name: "Joe", groups: [] }],
      ["xmpp", { jid: "alice@example.org", groups: [], subscription: "both" }],
      ["transport", { jid: "kim%live.com@msn.example.org", groups: [] }],
    ]);
    expect(r.unmapped.map((u) => [u.entry.address, u.reason])).toEqual([
      ["123456789", "transport-unknown"],
      ["tom@example.com", "no-mapping"],
      ["not a jid", "invalid-address"],
      ["a b@hotmail.com", "invalid-address"],
    ]);
  });

  it("uses XEP-0106 escaping when configured", () => {
    const r = mapEntries([entry({ address: "joe@hotmail.com", network: "msn" })], {
      transports: { msn: { domain: "msn.example.org", escaping: "xep0106" } },
    });
    expect(r.mapped[0]?.contact.jid).toBe("joe\\40hotmail.com@msn.example.org");
  });

  it("collapses entries from several sources that end on one JID", () => {
    const fromBlist = parseImport(fixture("pidgin-blist.xml")).entries;
    const fromRoster = [
      entry({ address: "alice@wonderland.example", network: "xmpp", name: "Alice L.", groups: ["Tea"], subscription: "to", ask: true }),
      entry({ address: "alice@wonderland.example", network: "xmpp", groups: ["Friends"], subscription: "from" }),
    ];
    const r = mapEntries([...fromBlist, ...fromRoster], {
      transports,
      contactMap: new Map([["alice.liddell@hotmail.com", "alice@wonderland.example"]]),
    });
    const alice = r.mapped.filter((m) => m.contact.jid === "alice@wonderland.example");
    expect(alice).toHaveLength(1);
    expect(alice[0]?.contact).toEqual({
      jid: "alice@wonderland.example",
      name: "Alice",
      groups: ["Friends", "Work & Co", "Tea"],
      subscription: "both",
      ask: true,
    });
    expect(alice[0]?.from.network).toBe("xmpp");
  });
});
