import { describe, expect, it } from "vitest";
import { ImportError } from "../../../src/importers/import-entry.ts";
import { parseImport } from "../../../src/importers/parse-import.ts";
import { bytesOf, fixture, importErrorCode } from "./fixtures.ts";

describe("parseImport", () => {
  it("refuses empty and blank files", () => {
    expect(importErrorCode(() => parseImport(fixture("empty.txt")))).toBe("empty");
    expect(importErrorCode(() => parseImport(bytesOf(" \r\n\t\n")))).toBe("empty");
  });

  it("refuses binary garbage", () => {
    expect(importErrorCode(() => parseImport(fixture("binary.bin"), { fileName: "contacts.csv" }))).toBe("binary");
  });

  it("enforces the byte and entry limits", () => {
    expect(importErrorCode(() => parseImport(fixture("pidgin-blist.xml"), { maxBytes: 100 }))).toBe("too-large");
    try {
      parseImport(fixture("pidgin-blist.xml"), { maxEntries: 3 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      expect(e).toMatchObject({ code: "too-large", details: { maxEntries: 3 }, message: "too-large" });
    }
    // Duplicates do not count against the limit.
    expect(parseImport(bytesOf("a@example.org A@example.org b@example.org"), { maxEntries: 2 }).entries).toHaveLength(2);
  });

  it("caps the number of problems", () => {
    const lines = Array.from({ length: 500 }, (_, i) => `line ${i} has no address`).join("\n") + "\nx@example.org\n";
    const r = parseImport(bytesOf(lines));
    expect(r.problems).toHaveLength(201);
    expect(r.problems.at(-1)).toEqual({ code: "too-many-problems", detail: "300" });
  });
});
