import { describe, expect, it } from "vitest";
import { decodeText, openText } from "../../../src/importers/decode-text.ts";
import { bytesOf, fixture, importErrorCode } from "./fixtures.ts";

function utf16(text: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}

describe("decodeText", () => {
  it("reads UTF-8 and drops its BOM", () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytesOf("Zoë")]))).toBe("Zoë");
    expect(decodeText(bytesOf("Jürgen"))).toBe("Jürgen");
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    expect(decodeText(utf16("<messenger>Müller</messenger>", true, true))).toBe("<messenger>Müller</messenger>");
    expect(decodeText(utf16("<messenger>Müller</messenger>", false, true))).toBe("<messenger>Müller</messenger>");
  });

  it("guesses UTF-16 without a BOM from its NUL bytes", () => {
    expect(decodeText(utf16("joe@hotmail.com\r\nann@msn.com", true, false))).toBe("joe@hotmail.com\r\nann@msn.com");
    expect(decodeText(utf16("joe@hotmail.com\r\nann@msn.com", false, false))).toBe("joe@hotmail.com\r\nann@msn.com");
  });

  it("reads the UTF-16 LE .ctt fixture", () => {
    expect(decodeText(fixture("msn-contacts-utf16le.ctt"))).toContain("jürgen.weiß@gmx.de");
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    // "Müller – €5" in cp1252: ü = FC, – = 96, € = 80.
    const cp1252 = Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x96, 0x20, 0x80, 0x35]);
    expect(decodeText(cp1252)).toBe("Müller – €5");
    expect(decodeText(fixture("outlook-cp1252-semicolon.csv"))).toContain("Jürgen;Müller");
  });

  it("rejects empty input", () => {
    expect(importErrorCode(() => decodeText(new Uint8Array()))).toBe("empty");
  });

  it("rejects binary data", () => {
    expect(importErrorCode(() => decodeText(fixture("binary.bin")))).toBe("binary");
    expect(importErrorCode(() => decodeText(Uint8Array.from([0x41, 0x00, 0x00, 0x42, 0x43, 0x44])))).toBe("binary");
    const controls = bytesOf("joe@hotmail.com" + "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008".repeat(4));
    expect(importErrorCode(() => decodeText(controls))).toBe("binary");
  });
});

describe("openText", () => {
  // Characters cut at the 64 KiB piece edges: 3- and 4-byte UTF-8, surrogate pairs and CR LF in UTF-16.
  const text = "<a>" + "abcdefghijklmnopqrstuvwxyz€😀\r\n".repeat(8_000) + "</a>";

  it("gives pieces that join to the whole text, whatever the encoding", () => {
    const cp1252 = Uint8Array.from({ length: 200_000 }, (_, i) => (i % 7 === 0 ? 0x80 : 0x61));
    for (const bytes of [bytesOf(text), Uint8Array.from([0xef, 0xbb, 0xbf, ...bytesOf(text)]), utf16(text, true, true), utf16(text, false, false), cp1252]) {
      const decoded = openText(bytes);
      const pieces = [...decoded];
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join("")).toBe(decoded.text());
      expect(decodeText(bytes)).toBe(decoded.text());
    }
  });

  it("counts control characters in every piece", () => {
    expect(importErrorCode(() => openText(bytesOf("a".repeat(100_000) + "\u0001".repeat(3_000))))).toBe("binary");
  });
});
