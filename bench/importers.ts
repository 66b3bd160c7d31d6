/**
 * Benchmark 4: parseImport on synthetic files of every format, each size in a
 * fresh child process for clean memory figures.
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
  mbPerSecond: number;
  /** Peak RSS during the first parse minus RSS before it (VmHWM reset before parsing). */
  peakRssDelta?: number;
  /** heapUsed growth right after the parse (garbage included). */
  heapGrowthNoGc: number;
  /** heapUsed still held after gc: the result. */
  retainedHeap: number;
}

export interface ImportFormatResult {
  format: ImportBenchFormat;
  small: ImportRun;
  large: ImportRun;
  /** Peak RSS growth 100k / 25k (4 = grows with the file). */
  peakGrowth?: number;
  /** Peak RSS delta of the large run per byte of file. */
  peakPerByte?: number;
  xml: boolean;
}

export async function runImporters(o: { small: number; large: number; log: (line: string) => void }): Promise<ImportFormatResult[]> {
  const out: ImportFormatResult[] = [];
  for (const format of IMPORT_FORMATS) {
    const small = await measure(format, o.small);
    const large = await measure(format, o.large);
    const peakGrowth = small.peakRssDelta && large.peakRssDelta ? large.peakRssDelta / small.peakRssDelta : undefined;
    const peakPerByte = large.peakRssDelta !== undefined ? large.peakRssDelta / large.size : undefined;
    out.push({ format, small, large, peakGrowth, peakPerByte, xml: XML_FORMATS.has(format) });
    o.log(
      `  ${format}: ${large.entries} entries from ${round(mb(large.size), 1)} MB in ${round(large.bestMs, 0)} ms = ${round(large.mbPerSecond, 1)} MB/s; ` +
        `peak RSS +${round(mb(small.peakRssDelta ?? NaN), 1)} MB (${o.small}) / +${round(mb(large.peakRssDelta ?? NaN), 1)} MB (${o.large}); result heap ${round(mb(large.retainedHeap), 1)} MB`,
    );
  }
  return out;
}

async function measure(format: ImportBenchFormat, count: number): Promise<ImportRun> {
  const r = await childFigures<Omit<ImportRun, "mbPerSecond">>("children/importer.ts", { FORMAT: format, COUNT: String(count) });
  return { ...r, mbPerSecond: mb(r.size) / (r.bestMs / 1000) };
}
