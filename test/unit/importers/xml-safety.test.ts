import { describe, expect, it } from "vitest";
import { parseImport } from "../../../src/importers/parse-import.ts";
import { bytesOf, fixture, importErrorCode } from "./fixtures.ts";

describe("XML safety", () => {
  it("rejects billion laughs without expanding it, quickly", () => {
    const start = performance.now();
    expect(importErrorCode(() => parseImport(fixture("billion-laughs.xml")))).toBe("xml-entities-forbidden");
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it("rejects external entities", () => {
    expect(importErrorCode(() => parseImport(fixture("external-entity.xml")))).toBe("xml-entities-forbidden");
    const publicId = `<?xml version="1.0"?><!DOCTYPE messenger PUBLIC "-//x//y" "http://evil.example/x.dtd"><messenger/>`;
    expect(importErrorCode(() => parseImport(bytesOf(publicId)))).toBe("xml-entities-forbidden");
  });

  it("accepts a harmless DOCTYPE", () => {
    const doc = `<?xml version="1.0"?><!DOCTYPE messenger><messenger><service><contactlist><contact>joe@hotmail.com</contact></contactlist></service></messenger>`;
    expect(parseImport(bytesOf(doc)).entries).toHaveLength(1);
  });

  it("does not resolve undeclared entities", () => {
    const doc = `<messenger><service><contactlist><contact>&joe;@hotmail.com</contact></contactlist></service></messenger>`;
    expect(importErrorCode(() => parseImport(bytesOf(doc)))).toBe("xml-malformed");
  });

  it("reports truncated and malformed XML", () => {
    expect(importErrorCode(() => parseImport(fixture("truncated.ctt")))).toBe("truncated");
    expect(importErrorCode(() => parseImport(bytesOf("<?xml version='1.0'?><purple><blist></group></blist></purple>")))).toBe(
      "xml-malformed",
    );
    expect(importErrorCode(() => parseImport(bytesOf("<messenger><contact a='1' a='2'/></messenger>")))).toBe("xml-malformed");
  });
});

describe("XML nesting", () => {
  it("refuses absurdly deep nesting instead of walking it", () => {
    const deep = `<purple><blist>${"<group name='g'>".repeat(5000)}</blist></purple>`;
    expect(importErrorCode(() => parseImport(bytesOf(deep)))).toBe("xml-malformed");
  });
});
