/**
 * Benchmark 4: parseImport on synthetic files of every format, each size in a
 * fresh child process for clean memory figures; its speed as a ratio against a
 * raw parse of the same file in the same process (lib/raw-parse.ts). For the XML formats, also the heap
 * the parser keeps alive while reading (children/importer-memory.ts).
 */
import { childFigures, round, mb } from "./lib/common.ts";
import { IMPORT_FORMATS, XML_FORMATS, type ImportBenchFormat } from "./lib/contact-files.ts";

export interface ImportRun {
  format: ImportBenchFormat;
  count: number;
  size: number;
  detected: string;
  entries: number;
  problems: number;
  firstMs: number;
  bestMs: number;
  /** The raw parse of the same file (lib/raw-parse.ts), best of as many runs, taking turns with parseImport. */
  baselineBestMs: number;
  baselineItems: number;
  mbPerSecond: number;
  /** bestMs / baselineBestMs. */
  ratio: number;
  /** Peak RSS during the first parse minus RSS before it (VmHWM reset before parsing). */
  peakRssDelta?: number;
  /** heapUsed growth right after the parse (garbage included). */
  heapGrowthNoGc: number;
  /** heapUsed still held after gc: the result. */
  retainedHeap: number;
}

/** Live heap (after collecting garbage) while an XML parser reads a file. */
export interface LiveHeapRun {
  count: number;
  distinct: number;
  size: number;
  entries: number;
  samples: number;
  /** Most heap held at any reading, the result so far included. */
  peakLiveHeap: number;
  /** Heap held by the finished result. */
  resultHeap: number;
}

/**
 * "Streamed" means what the parser holds does not grow with the file. A file with more
 * contacts has a bigger result (and duplicate index), so the check reads files of growing
 * length that name the same REPEATED_CONTACTS contacts over and over.
 */
export interface LiveHeapResult {
  /** All contacts different: the result's cost per contact. */
  unique: { small: LiveHeapRun; large: LiveHeapRun };
  repeated: { small: LiveHeapRun; large: LiveHeapRun };
  /** Peak live heap, large / small repeated file (1 = flat). */
  growth: number;
}

export const REPEATED_CONTACTS = 1000;

export interface ImportFormatResult {
  format: ImportBenchFormat;
  small: ImportRun;
  large: ImportRun;
  /** Peak RSS growth 100k / 25k (4 = grows with the file). */
  peakGrowth?: number;
  /** Peak RSS delta of the large run per byte of file. */
  peakPerByte?: number;
  xml: boolean;
  live?: LiveHeapResult;
}

export async function runImporters(o: { small: number; large: number; log: (line: string) => void }): Promise<ImportFormatResult[]> {
  const out: ImportFormatResult[] = [];
  for (const format of IMPORT_FORMATS) {
    const small = await measure(format, o.small);
    const large = await measure(format, o.large);
    const peakGrowth = small.peakRssDelta && large.peakRssDelta ? large.peakRssDelta / small.peakRssDelta : undefined;
    const peakPerByte = large.peakRssDelta !== undefined ? large.peakRssDelta / large.size : undefined;
    const xml = XML_FORMATS.has(format);
    const live = xml ? await measureLive(format, o.small, o.large) : undefined;
    out.push({ format, small, large, peakGrowth, peakPerByte, xml, live });
    o.log(
      `  ${format}: ${large.entries} entries from ${round(mb(large.size), 1)} MB in ${round(large.bestMs, 0)} ms = ${round(large.mbPerSecond, 1)} MB/s, ` +
        `raw parse ${round(large.baselineBestMs, 0)} ms (${round(large.ratio, 2)}x); ` +
        `peak RSS +${round(mb(small.peakRssDelta ?? NaN), 1)} MB (${o.small}) / +${round(mb(large.peakRssDelta ?? NaN), 1)} MB (${o.large}); result heap ${round(mb(large.retainedHeap), 1)} MB`,
    );
    if (live) {
      const r = live.repeated;
      o.log(
        `    live heap reading ${r.small.count} / ${r.large.count} entries naming ${REPEATED_CONTACTS} contacts: ` +
          `${round(mb(r.small.peakLiveHeap), 2)} / ${round(mb(r.large.peakLiveHeap), 2)} MB (${round(live.growth, 2)}x); ` +
          `${live.unique.large.count} different contacts: result ${round(mb(live.unique.large.resultHeap), 1)} MB, peak ${round(mb(live.unique.large.peakLiveHeap), 1)} MB`,
      );
    }
  }
  return out;
}

async function measureLive(format: ImportBenchFormat, small: number, large: number): Promise<LiveHeapResult> {
  const run = (count: number, distinct: number) =>
    childFigures<LiveHeapRun>("children/importer-memory.ts", { FORMAT: format, COUNT: String(count), DISTINCT: String(distinct) });
  const unique = { small: await run(small, small), large: await run(large, large) };
  const repeated = { small: await run(small, REPEATED_CONTACTS), large: await run(large, REPEATED_CONTACTS) };
  return { unique, repeated, growth: repeated.large.peakLiveHeap / repeated.small.peakLiveHeap };
}

async function measure(format: ImportBenchFormat, count: number): Promise<ImportRun> {
  const r = await childFigures<Omit<ImportRun, "mbPerSecond" | "ratio">>("children/importer.ts", { FORMAT: format, COUNT: String(count) });
  return { ...r, mbPerSecond: mb(r.size) / (r.bestMs / 1000), ratio: r.bestMs / r.baselineBestMs };
}
