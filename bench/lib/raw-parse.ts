/**
 * The importer benchmark's baseline: the least any reader of a format must do
 * with a file, with no contact built. XML: decode it and run saxes over it;
 * CSV: decode it and let csv-parse split it into records. vCard and pasted text
 * have no parser library to compare with: a vCard's lines are unfolded and each
 * split at its first colon into property and value; pasted text is scanned
 * once with a plain address pattern.
 * Returns how many elements, records or lines it saw, so nothing is optimised away.
 */
import { SaxesParser } from "saxes";
import { parse as parseCsv } from "csv-parse/sync";
import { XML_FORMATS, type ImportBenchFormat } from "./contact-files.ts";

export function rawParse(format: ImportBenchFormat, bytes: Uint8Array): number {
  const text = new TextDecoder().decode(bytes);
  if (XML_FORMATS.has(format)) {
    let elements = 0;
    const parser = new SaxesParser();
    parser.on("opentag", () => void elements++);
    parser.write(text).close();
    return elements;
  }
  if (format === "outlook-csv") return (parseCsv(text, { relax_column_count: true }) as unknown[]).length;
  if (format === "vcard") {
    let properties = 0;
    for (const line of text.replace(/\r?\n[ \t]/g, "").split(/\r?\n/)) {
      const colon = line.indexOf(":");
      if (colon > 0 && line.slice(0, colon) && line.slice(colon + 1)) properties++;
    }
    return properties;
  }
  return text.match(/[^\s<>"',;]+@[^\s<>"',;]+/g)?.length ?? 0;
}
