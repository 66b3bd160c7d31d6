import { describe, expect, it } from "vitest";
import { ImportError } from "../../../src/importers/import-entry.ts";
import { parseImport } from "../../../src/importers/parse-import.ts";
import { fixture } from "./fixtures.ts";
import { mutate, seededRandom } from "./mutate.ts";

const CASES_PER_PARSER = 1000;

const PARSERS: Record<string, string[]> = {
  "msn-ctt": ["msn-contacts.ctt", "msn-contacts-utf16le.ctt", "wlm-history.xml"],
  "pidgin-blist": ["pidgin-blist.xml", "gaim-blist-old.xml"],
  xep0227: ["xep0227-pie.xml", "xep0227-old-ns.xml", "xep0227-user.xml"],
  vcard: ["contacts-2.1.vcf", "contacts-apple.vcf"],
  csv: ["outlook-new.csv", "outlook-old.csv", "outlook-cp1252-semicolon.csv", "plain-jids.csv", "headerless.csv"],
  "pasted-text": ["pasted.txt"],
};

const corpus = [...Object.values(PARSERS).flat(), "billion-laughs.xml", "external-entity.xml", "binary.bin"].map(fixture);

describe("fuzzed input", () => {
  for (const [parser, files] of Object.entries(PARSERS)) {
    it(`${parser}: every mutation yields a ParseResult or an ImportError`, () => {
      const seed = [...parser].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);
      const rand = seededRandom(seed);
      const inputs = files.map(fixture);
      let slowest = 0;
      for (let i = 0; i < CASES_PER_PARSER; i++) {
        const index = i % inputs.length;
        const input = mutate(rand, inputs[index] ?? new Uint8Array(), corpus);
        const start = performance.now();
        try {
          const r = parseImport(input, { fileName: files[index] });
          expect(Array.isArray(r.entries) && Array.isArray(r.problems)).toBe(true);
        } catch (e) {
          if (!(e instanceof ImportError)) {
            throw new Error(`seed ${seed} case ${i} (${files[index]}): ${String(e)}`, { cause: e });
          }
        }
        slowest = Math.max(slowest, performance.now() - start);
      }
      // Catches pathological (super-linear) behaviour on inputs of a few kilobytes.
      expect(slowest).toBeLessThan(1000);
    });
  }
});
