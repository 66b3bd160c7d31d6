import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/importers/decode-text.ts";
import { ImportError, type ParseResult } from "../../../src/importers/import-entry.ts";
import { parseCsv } from "../../../src/importers/parse-csv.ts";
import { parseImport } from "../../../src/importers/parse-import.ts";
import { parseMsnCtt } from "../../../src/importers/parse-msn-ctt.ts";
import { parsePastedText } from "../../../src/importers/parse-pasted-text.ts";
import { parsePidginBlist } from "../../../src/importers/parse-pidgin-blist.ts";
import { parseVcard } from "../../../src/importers/parse-vcard.ts";
import { parseXep0227 } from "../../../src/importers/parse-xep0227.ts";
import type { XmlText } from "../../../src/importers/read-xml.ts";
import { fixture } from "./fixtures.ts";
import { mutate, seededRandom } from "./mutate.ts";

/** Mutated files per parser, called directly, and as many again through parseImport's format detection. */
const CASES_PER_PARSER = 2000;
/** Far beyond any case's normal cost: reaching it means the parser went super-linear (the earlier fuzz test's bound). */
const HANG_MS = 1000;
/** Replays a run: `FUZZ_SEED=<seed printed by a failure> npx vitest run test/unit/importers/fuzz.test.ts`. */
const SEED_OVERRIDE = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

interface Parser {
  files: string[];
  /** The parser itself, on text of its own format; the XML ones also read it cut into pieces, as they get a streamed file. */
  parse(text: XmlText): ParseResult;
  xml?: true;
}

const PARSERS: Record<string, Parser> = {
  "msn-ctt": { files: ["msn-contacts.ctt", "msn-contacts-utf16le.ctt", "wlm-history.xml"], parse: (t) => parseMsnCtt(t), xml: true },
  "pidgin-blist": { files: ["pidgin-blist.xml", "gaim-blist-old.xml"], parse: (t) => parsePidginBlist(t), xml: true },
  xep0227: { files: ["xep0227-pie.xml", "xep0227-old-ns.xml", "xep0227-user.xml"], parse: (t) => parseXep0227(t, { user: "juliet@capulet.example" }), xml: true },
  vcard: { files: ["contacts-2.1.vcf", "contacts-apple.vcf"], parse: (t) => parseVcard(t as string) },
  csv: { files: ["outlook-new.csv", "outlook-old.csv", "outlook-cp1252-semicolon.csv", "plain-jids.csv", "headerless.csv"], parse: (t) => parseCsv(t as string) },
  "pasted-text": { files: ["pasted.txt"], parse: (t) => parsePastedText(t as string) },
};

const corpus = [...Object.values(PARSERS).flatMap((p) => p.files), "billion-laughs.xml", "external-entity.xml", "binary.bin"].map(fixture);
const encoder = new TextEncoder();
const lenient = new TextDecoder();

/** The text cut at random places, as the XML parsers get a file piece by piece. */
function* pieces(rand: () => number, text: string): Iterable<string> {
  for (let at = 0; at < text.length; ) {
    const next = at + 1 + Math.floor(rand() * 200);
    yield text.slice(at, next);
    at = next;
  }
}

/**
 * Runs one case: a result or an ImportError is fine; anything else fails with what replays it. A parser
 * that loops cannot be stopped from here, but one that goes super-linear on a few kilobytes shows as a
 * case far beyond any normal one (they take well under 10 ms).
 */
function expectResultOrImportError(run: () => ParseResult, replay: string): void {
  const start = performance.now();
  let result: ParseResult | undefined;
  try {
    result = run();
  } catch (e) {
    if (!(e instanceof ImportError)) throw new Error(`${replay}: ${String(e)}`, { cause: e });
  }
  if (result && (!Array.isArray(result.entries) || !Array.isArray(result.problems))) throw new Error(`${replay}: not a ParseResult`);
  const took = performance.now() - start;
  if (took > HANG_MS) throw new Error(`${replay}: took ${Math.round(took)} ms`);
}

/** A stable seed per parser (FNV-1a of its name), so every run tries the same files unless FUZZ_SEED says otherwise. */
const seedOf = (name: string) => SEED_OVERRIDE ?? [...name].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) >>> 0;

describe("fuzzed input", () => {
  for (const [name, parser] of Object.entries(PARSERS)) {
    const files = parser.files.map(fixture);
    // Each parser gets text of its own format: the fixture decoded as Ferry decodes it, mutated as UTF-8.
    const texts = files.map((bytes) => encoder.encode(decodeText(bytes)));

    it(`${name}: every mutated file of its format yields a ParseResult or an ImportError, from the parser itself`, () => {
      const seed = seedOf(name);
      const rand = seededRandom(seed);
      for (let i = 0; i < CASES_PER_PARSER; i++) {
        const index = i % texts.length;
        const text = lenient.decode(mutate(rand, texts[index]!, corpus));
        const streamed = parser.xml === true && rand() < 0.5;
        expectResultOrImportError(() => parser.parse(streamed ? pieces(rand, text) : text), `seed ${seed} case ${i} (${parser.files[index]}, direct${streamed ? ", in pieces" : ""}); replay with FUZZ_SEED=${seed}`);
      }
    });

    it(`${name}: every mutated file yields a ParseResult or an ImportError, through format detection`, () => {
      const seed = seedOf(`${name} detected`);
      const rand = seededRandom(seed);
      for (let i = 0; i < CASES_PER_PARSER; i++) {
        const index = i % files.length;
        const bytes = mutate(rand, files[index]!, corpus);
        expectResultOrImportError(() => parseImport(bytes, { fileName: parser.files[index] }), `seed ${seed} case ${i} (${parser.files[index]}, parseImport); replay with FUZZ_SEED=${seed}`);
      }
    });
  }
});
