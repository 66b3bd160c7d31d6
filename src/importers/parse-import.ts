import { openText } from "./decode-text.ts";
import { detectFormat, detectXml, startsAsXml, type XmlFormat } from "./detect-format.ts";
import { ImportError, type ParseResult } from "./import-entry.ts";
import { parseCsv } from "./parse-csv.ts";
import { parseMsnCtt } from "./parse-msn-ctt.ts";
import { parsePastedText } from "./parse-pasted-text.ts";
import { parsePidginBlist } from "./parse-pidgin-blist.ts";
import { parseVcard } from "./parse-vcard.ts";
import { parseXep0227 } from "./parse-xep0227.ts";
import type { XmlText } from "./read-xml.ts";

// Snikket caps XEP-0227 imports at 5 MB; a 20,000-row Outlook export stays well below this.
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export interface ParseImportOptions {
  /** The uploaded file's name; only a hint (`.csv`). */
  fileName?: string;
  /** Default DEFAULT_MAX_ENTRIES; more entries throw ImportError "too-large". */
  maxEntries?: number;
  /** Default DEFAULT_MAX_BYTES; larger files throw ImportError "too-large". */
  maxBytes?: number;
  /** XEP-0227 files with several accounts: which one (`juliet` or `juliet@capulet.example`). */
  user?: string;
}

/** The single entry point: file bytes in, addresses out. Throws only ImportError. */
export function parseImport(bytes: Uint8Array, opts: ParseImportOptions = {}): ParseResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new ImportError("too-large", { maxBytes });
  const decoded = openText(bytes);
  // XML is parsed piece by piece so that memory does not grow with the file; the other formats need the whole text.
  if (startsAsXml(decoded.head(), false)) {
    try {
      return parseXmlImport(decoded, detectXml(decoded), opts);
    } catch (e) {
      // saxes may place an error differently when the text is cut into pieces (it reports text outside
      // the root at a piece's end), so a failed file is read again whole, for the same line and column.
      if (!(e instanceof ImportError)) throw e;
    }
  }
  const text = decoded.text();
  if (text.trim() === "") throw new ImportError("empty");

  const format = detectFormat(text, opts.fileName);
  switch (format) {
    case "vcard":
      return parseVcard(text, opts.maxEntries);
    case "outlook-csv":
    case "csv":
      return parseCsv(text, opts.maxEntries);
    case "pasted-text":
      return parsePastedText(text, opts.maxEntries);
    default:
      return parseXmlImport(text, format, opts);
  }
}

/** The XML formats, from text that may come in pieces (the memory benchmark watches the pieces go by). */
export function parseXmlImport(text: XmlText, format: XmlFormat, opts: ParseImportOptions): ParseResult {
  switch (format) {
    case "wlm-chat-history":
      throw new ImportError("chat-history-not-contacts");
    case "msn-ctt":
      return parseMsnCtt(text, opts.maxEntries);
    case "pidgin-blist":
      return parsePidginBlist(text, opts.maxEntries);
    case "xep0227":
      return parseXep0227(text, { maxEntries: opts.maxEntries, user: opts.user });
  }
}
