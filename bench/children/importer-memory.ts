/**
 * What an XML importer keeps alive while it reads, in a fresh process (started with
 * --expose-gc): generates FORMAT with COUNT entries naming DISTINCT contacts, then runs
 * the production XML parser over the decoded pieces, collecting garbage and reading the
 * heap between pieces. Garbage is not counted, only what the parser still holds.
 */
import { openText } from "../../src/importers/decode-text.ts";
import { detectXml } from "../../src/importers/detect-format.ts";
import { parseXmlImport } from "../../src/importers/parse-import.ts";
import { generateContactFile, type ImportBenchFormat } from "../lib/contact-files.ts";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("start with --expose-gc");
const format = process.env.FORMAT as ImportBenchFormat;
const count = Number(process.env.COUNT);
const distinct = Number(process.env.DISTINCT ?? count);
// About this many heap readings per parse, whatever the file size (a full collection costs 10–50 ms).
const SAMPLES = 40;

function liveHeap(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

try {
  const bytes = generateContactFile(format, count, distinct);
  const text = openText(bytes);
  const pieces = Math.max(1, [...text].length);
  const every = Math.max(1, Math.ceil(pieces / SAMPLES));
  const before = liveHeap();
  let peak = 0;
  let samples = 0;
  let seen = 0;
  const watched: Iterable<string> = {
    *[Symbol.iterator]() {
      for (const piece of text) {
        yield piece;
        if (++seen % every === 0) {
          peak = Math.max(peak, liveHeap() - before);
          samples++;
        }
      }
    },
  };
  const result = parseXmlImport(watched, detectXml(text), { maxEntries: 10_000_000 });
  const resultHeap = liveHeap() - before;
  process.send?.({
    ready: true,
    format,
    count,
    distinct,
    size: bytes.length,
    entries: result.entries.length,
    samples,
    peakLiveHeap: Math.max(peak, resultHeap),
    resultHeap,
  });
  process.disconnect?.();
} catch (err) {
  process.send?.({ failed: (err as Error).stack ?? String(err) });
  process.exitCode = 1;
}
