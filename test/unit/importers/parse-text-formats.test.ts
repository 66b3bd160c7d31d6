import { describe, expect, it } from "vitest";
import { parseImport } from "../../../src/importers/parse-import.ts";
import { bytesOf, fixture, importErrorCode } from "./fixtures.ts";

describe("Outlook CSV", () => {
  it("reads the current header with BOM and quoted multi-line fields", () => {
    const r = parseImport(fixture("outlook-new.csv"), { fileName: "contacts.csv" });
    expect(r.format).toBe("outlook-csv");
    expect(r.entries).toEqual([
      { address: "joe.bloggs@hotmail.com", network: "email", name: "Joe Bloggs", groups: [] },
      // An IM address wins over the e-mail address in the same row.
      { address: "ann.lee@jabber.example", network: "xmpp", name: "Ann Lee", groups: [] },
      { address: "kim@live.com", network: "email", name: "Kim", groups: [] },
      { address: "kim.work@example.org", network: "email", name: "Kim", groups: [] },
    ]);
    expect(r.problems).toEqual([{ code: "no-address", line: 7, detail: "Phone Only" }]);
  });

  it("reads the old header and turns Categories into groups", () => {
    const r = parseImport(fixture("outlook-old.csv"));
    expect(r.format).toBe("outlook-csv");
    expect(r.entries).toEqual([
      { address: "maria.garcia@hotmail.com", network: "email", name: "Maria Garcia", groups: ["Friends", "Salsa Club", "Work"] },
      { address: "tom@oneill.example", network: "email", name: "Tom O'Neill", groups: ["Family"] },
    ]);
  });

  it("reads semicolon-separated Windows-1252", () => {
    const r = parseImport(fixture("outlook-cp1252-semicolon.csv"));
    expect(r.entries).toEqual([
      { address: "juergen@jabber.example.de", network: "xmpp", name: "Jürgen Müller", groups: ["Familie"] },
      { address: "zoe@example.rs", network: "email", name: "Zoë Dordevic", groups: ["Arbeit"] },
      { address: "renee@example.org", network: "email", name: "Renée Smith, Jr.", groups: ["Freunde", "Familie"] },
    ]);
  });

  it("reads tab-separated files", () => {
    const tsv = "First Name\tLast Name\tE-mail Address\tIMAddress\nAnn\tLee\tann@example.com\txmpp:ann@jabber.example\n";
    expect(parseImport(bytesOf(tsv)).entries).toEqual([
      { address: "ann@jabber.example", network: "xmpp", name: "Ann Lee", groups: [] },
    ]);
  });
});

describe("plain CSV", () => {
  it("matches jid, name and group columns by header", () => {
    const r = parseImport(fixture("plain-jids.csv"));
    expect(r.format).toBe("csv");
    expect(r.entries).toEqual([
      { address: "alice@wonderland.example", network: "xmpp", name: "Alice Liddell", groups: ["Friends", "Book Club"] },
      { address: "bob@builder.example", network: "xmpp", name: "Bob", groups: ["Work"] },
      { address: "carol@example.com", network: "xmpp", name: 'Carol, the "Great"', groups: ["Friends"] },
    ]);
    expect(r.problems).toEqual([{ code: "invalid-address", line: 6, detail: "not a jid" }]);
  });

  it("finds the address column without a header", () => {
    const r = parseImport(fixture("headerless.csv"));
    expect(r.entries.map((e) => [e.address, e.name])).toEqual([
      ["alice@wonderland.example", "Alice Liddell"],
      ["bob@builder.example", "Bob Builder"],
      ["carol@example.com", "Carol"],
    ]);
  });

  it("guesses the network of an address column", () => {
    const r = parseImport(bytesOf("address,name\njoe@hotmail.com,Joe\nann@jabber.example,Ann\n12345678,Uin\n"));
    expect(r.entries.map((e) => e.network)).toEqual(["msn", "xmpp", "icq"]);
  });

  it("refuses a .csv without any address column", () => {
    expect(importErrorCode(() => parseImport(bytesOf("a,b\n1,2\n"), { fileName: "x.csv" }))).toBe("unknown-format");
  });
});

describe("vCard", () => {
  it("reads 2.1 with quoted-printable, soft line breaks, charsets and X- properties", () => {
    const r = parseImport(fixture("contacts-2.1.vcf"));
    expect(r.format).toBe("vcard");
    expect(r.entries).toEqual([
      { address: "juergen@jabber.example.de", network: "xmpp", name: "Jürgen Müller", groups: [] },
      { address: "juergen_m@hotmail.com", network: "msn", name: "Jürgen Müller", groups: [] },
      // No IM address: the e-mail address stands in; name from N in ISO-8859-1.
      { address: "rene.francois@example.fr", network: "email", name: "René François", groups: [] },
      { address: "123456789", network: "icq", name: "Ola Nordmann", groups: [] },
      { address: "ola_nordmann", network: "yahoo", name: "Ola Nordmann", groups: [] },
      { address: "olaaim", network: "aim", name: "Ola Nordmann", groups: [] },
      { address: "ola@jabber.no", network: "xmpp", name: "Ola Nordmann", groups: [] },
    ]);
    expect(r.problems).toEqual([{ code: "no-address", line: 17, detail: "Nina Nobody" }]);
  });

  it("reads 3.0/4.0 with folding, item groups, X-SERVICE-TYPE and categories", () => {
    const r = parseImport(fixture("contacts-apple.vcf"));
    expect(r.entries).toEqual([
      { address: "johnny@jabber.orchard.example", network: "xmpp", name: "Johnny Appleseed", groups: ["Friends", "Gardening, Trees"] },
      { address: "johnny_a@hotmail.com", network: "msn", name: "Johnny Appleseed", groups: ["Friends", "Gardening, Trees"] },
      { address: "zoe@example.se", network: "xmpp", name: "Zoë Ådahl", groups: ["Work"] },
      { address: "zoe.adahl@live.com", network: "msn", name: "Zoë Ådahl", groups: ["Work"] },
      { address: "annasmith77", network: "aim", name: "Anna Maria Smith", groups: [] },
    ]);
    expect(r.problems).toEqual([{ code: "unknown-protocol", line: 12, detail: "Skype" }]);
  });

  it("keeps the contacts of a file cut before the last END:VCARD", () => {
    const r = parseImport(bytesOf("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Al\r\nIMPP:xmpp:al@example.org\r\n"));
    expect(r.entries).toEqual([{ address: "al@example.org", network: "xmpp", name: "Al", groups: [] }]);
  });
});

describe("pasted text", () => {
  it("finds addresses separated by commas, semicolons, whitespace and newlines", () => {
    const r = parseImport(fixture("pasted.txt"));
    expect(r.format).toBe("pasted-text");
    expect(r.entries).toEqual([
      { address: "alice@wonderland.example", network: "xmpp", groups: [] },
      { address: "bob@builder.example", network: "xmpp", groups: [] },
      { address: "carol@example.com", network: "xmpp", groups: [] },
      { address: "dave@jones.example", network: "xmpp", name: "Dave Jones", groups: [] },
      { address: "erin@example.net", network: "xmpp", groups: [] },
      { address: "frank@hotmail.com", network: "msn", groups: [] },
    ]);
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ["no-address", 1],
      ["no-address", 6],
    ]);
  });

  it("collapses duplicates case-insensitively", () => {
    const r = parseImport(bytesOf("Alice@Example.org alice@example.org\tALICE@EXAMPLE.ORG"));
    expect(r.entries).toEqual([{ address: "alice@example.org", network: "xmpp", groups: [] }]);
  });
});
