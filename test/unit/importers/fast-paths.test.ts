import { describe, expect, it } from "vitest";
import { parseImport } from "../../../src/importers/parse-import.ts";
import { bytesOf, importErrorCode } from "./fixtures.ts";

// The text parsers read common shapes on fast paths; these pin down the edge cases around them.

describe("CSV records", () => {
  it("reads quoted fields, doubled quotes, quotes inside unquoted fields and skips empty lines", () => {
    const r = parseImport(
      bytesOf(
        'jid,name,group\n"ann@example.org","Ann ""The Fox"" Lee","G1;G2"\n\nbob@example.org,Bo"b,\n' +
          '"cat@example.org","Cat\nCatson",Friends,\n,,\n"no address here",Dan,\n',
      ),
      { fileName: "x.csv" },
    );
    expect(r.entries).toEqual([
      { address: "ann@example.org", network: "xmpp", groups: ["G1", "G2"], name: 'Ann "The Fox" Lee' },
      { address: "bob@example.org", network: "xmpp", groups: [], name: 'Bo"b' },
      { address: "cat@example.org", network: "xmpp", groups: ["Friends"], name: "Cat Catson" },
    ]);
    expect(r.problems).toEqual([{ code: "invalid-address", line: 8, detail: "no address here" }]);
  });

  it("keeps csv-parse's reading of files with mixed line ends (the first one is the record delimiter)", () => {
    const r = parseImport(bytesOf("jid,name\r\nann@example.org,Ann\nbob@example.org,Bob\r\nnot-an-address,Eve\r\n"), {
      fileName: "x.csv",
    });
    expect(r.entries).toEqual([{ address: "ann@example.org", network: "xmpp", groups: [], name: "Ann bob@example.org" }]);
    expect(r.problems).toEqual([{ code: "invalid-address", line: 4, detail: "not-an-address" }]);
  });

  it("reads CR-only files", () => {
    const r = parseImport(bytesOf("jid;name\rann@example.org;Ann\r\rbad address;Bob\r"), { fileName: "x.csv" });
    expect(r.entries).toEqual([{ address: "ann@example.org", network: "xmpp", groups: [], name: "Ann" }]);
    expect(r.problems).toEqual([{ code: "invalid-address", line: 4, detail: "bad address" }]);
  });

  it("keeps text after a closing quote, as relax_quotes does", () => {
    const r = parseImport(bytesOf('jid,name\n"ann@example.org"x,Ann\nbob@example.org,Bob\n'), { fileName: "x.csv" });
    expect(r.entries.map((e) => e.address)).toEqual(["bob@example.org"]);
    expect(r.problems).toEqual([{ code: "invalid-address", line: 2, detail: '"ann@example.org"x' }]);
  });

  it("refuses an unclosed quote", () => {
    expect(importErrorCode(() => parseImport(bytesOf('jid,name\nann@example.org,"Ann\n'), { fileName: "x.csv" }))).toBe(
      "csv-malformed",
    );
  });

  it("reports problem lines as csv-parse counts them (CRLF inside quotes counts twice)", () => {
    const r = parseImport(bytesOf('Name,E-mail Address\r\n"Ann\r\nLee",ann@example.org\r\nNobody,\r\n"Bad",not mail\r\n'));
    expect(r.entries).toEqual([{ address: "ann@example.org", network: "email", groups: [], name: "Ann Lee" }]);
    expect(r.problems).toEqual([
      { code: "no-address", line: 5, detail: "Nobody" },
      { code: "invalid-address", line: 6, detail: "not mail" },
    ]);
  });
});

describe("pasted text", () => {
  it("numbers CRLF, LF and CR lines and strips quotes and wrapping punctuation", () => {
    const r = parseImport(
      bytesOf("Ann <ann@example.org>\r\n\r\n'Bob' <bob@example.org>; (cat@example.org).\rjust words\r\n\"<dan@example.org>\"\n"),
    );
    expect(r.entries).toEqual([
      { address: "ann@example.org", network: "xmpp", groups: [], name: "Ann" },
      { address: "bob@example.org", network: "xmpp", groups: [], name: "Bob" },
      { address: "cat@example.org", network: "xmpp", groups: [] },
      { address: "dan@example.org", network: "xmpp", groups: [] },
    ]);
    expect(r.problems).toEqual([{ code: "no-address", line: 4, detail: "just words" }]);
  });

  it("keeps entries in first-seen order across networks while merging duplicates", () => {
    const r = parseImport(bytesOf("a@example.org, b@hotmail.com, A@Example.org, msnim:chat?contact=a@example.org, c@example.org\n"));
    expect(r.entries.map((e) => `${e.network}:${e.address}`)).toEqual([
      "xmpp:a@example.org",
      "msn:b@hotmail.com",
      "msn:a@example.org",
      "xmpp:c@example.org",
    ]);
  });
});

describe("vCard content lines", () => {
  it("unfolds, joins soft breaks, reads quoted parameters with colons and CR-only files", () => {
    const r = parseImport(
      bytesOf(
        'BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:Ann=\r\n Lee=C3=A9\r\nitem1.X-JABBER;TYPE="home:x";TYPE=work:ann@example.org\r\n' +
          "CATEGORIES:A\\,B,C\r\n\tD\r\nEND:VCARD\rBEGIN:VCARD\rN:Doe;Jo;;;\rIMPP:skype:jo\rEMAIL:jo@example.org\rEND:VCARD\r",
      ),
    );
    expect(r.entries).toEqual([
      { address: "ann@example.org", network: "xmpp", groups: ["A,B", "CD"], name: "Ann=Leeé" },
      { address: "jo@example.org", network: "email", groups: [], name: "Jo Doe" },
    ]);
    expect(r.problems).toEqual([{ code: "unknown-protocol", line: 11, detail: "skype" }]);
  });
});
