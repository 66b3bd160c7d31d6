import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/importers/decode-text.ts";
import { detectFormat, startsAsXml } from "../../../src/importers/detect-format.ts";
import { fixture, importErrorCode } from "./fixtures.ts";

const detect = (name: string): string => detectFormat(decodeText(fixture(name)), name);

describe("detectFormat", () => {
  it.each([
    ["msn-contacts.ctt", "msn-ctt"],
    ["msn-contacts-utf16le.ctt", "msn-ctt"],
    ["wlm-history.xml", "wlm-chat-history"],
    ["pidgin-blist.xml", "pidgin-blist"],
    ["gaim-blist-old.xml", "pidgin-blist"],
    ["xep0227-pie.xml", "xep0227"],
    ["xep0227-old-ns.xml", "xep0227"],
    ["xep0227-user.xml", "xep0227"],
    ["ejabberd-23.01-host.xml", "xep0227"],
    ["ejabberd-23.01-index.xml", "xep0227"],
    ["contacts-2.1.vcf", "vcard"],
    ["contacts-apple.vcf", "vcard"],
    ["outlook-new.csv", "outlook-csv"],
    ["outlook-old.csv", "outlook-csv"],
    ["outlook-cp1252-semicolon.csv", "outlook-csv"],
    ["plain-jids.csv", "csv"],
    ["headerless.csv", "csv"],
    ["pasted.txt", "pasted-text"],
  ])("%s is %s", (name, format) => {
    expect(detect(name)).toBe(format);
  });

  it("does not need the file name for content it recognises", () => {
    expect(detectFormat(decodeText(fixture("outlook-old.csv")))).toBe("outlook-csv");
    expect(detectFormat(decodeText(fixture("headerless.csv")))).toBe("csv");
  });

  it("treats a headerless list of addresses only as pasted text", () => {
    expect(detectFormat("alice@example.org, bob@example.org\ncarol@example.org, dave@example.org\n")).toBe("pasted-text");
  });

  it("uses the .csv name for a headerless file", () => {
    expect(detectFormat("alice@example.org\nbob@example.org\n", "list.csv")).toBe("csv");
  });

  it("refuses unknown XML and text without addresses", () => {
    expect(importErrorCode(() => detectFormat("<html><body>hi</body></html>"))).toBe("unknown-format");
    expect(importErrorCode(() => detectFormat("<server-data xmlns='urn:example:other'/>"))).toBe("unknown-format");
    expect(importErrorCode(() => detectFormat("Dear Ferry,\nplease move my account.\n"))).toBe("unknown-format");
  });
});

describe("detectFormat on angle-bracketed lists", () => {
  it("reads `<address>` lists as pasted text, not XML", () => {
    expect(detectFormat("<joe@hotmail.com>, <ann@jabber.example>\n")).toBe("pasted-text");
  });
});

describe("startsAsXml", () => {
  it("decides from the start of a text where it can, as detectFormat would", () => {
    expect(startsAsXml("  <messenger>", false)).toBe(true);
    expect(startsAsXml("<joe@hotmail.com>, <ann", false)).toBe(false);
    expect(startsAsXml("BEGIN:VCARD", false)).toBe(false);
  });

  it("asks for more text when the start is not enough", () => {
    expect(startsAsXml("   ", false)).toBeUndefined();
    expect(startsAsXml("<messenger", false)).toBeUndefined();
    expect(startsAsXml("<messenger", true)).toBe(true);
    expect(startsAsXml("   ", true)).toBe(false);
  });
});
