import { looksLikeCsv } from "./parse-csv.ts";
import { findAddressTokens } from "./parse-pasted-text.ts";
import { ImportError, type ImportFormat } from "./import-entry.ts";
import { readXml, StopReading, type XmlElement, type XmlText } from "./read-xml.ts";

/** What a file is; chat history is recognised so it can be refused with a clear code. */
export type DetectedFormat = ImportFormat | "wlm-chat-history";

const PIE_NAMESPACES: readonly string[] = ["urn:xmpp:pie:0", "http://www.xmpp.org/extensions/xep-0227.html#ns"];

/**
 * Decides the format from the content; the file name only settles CSV versus
 * pasted text. Throws ImportError ("unknown-format" and XML errors).
 */
export function detectFormat(text: string, fileName?: string): DetectedFormat {
  if (startsAsXml(text, true)) return detectXml(text);
  if (/^BEGIN:VCARD\b/i.test(text.trimStart())) return "vcard";
  const csv = looksLikeCsv(text, /\.(csv|tsv)$/i.test(fileName ?? ""));
  if (csv !== undefined) return csv;
  if (findAddressTokens(text.slice(0, 65_536)).length > 0) return "pasted-text";
  throw new ImportError("unknown-format");
}

/**
 * Whether detectFormat reads a text starting with `start` as XML; undefined when `start`
 * (not `whole`) is too short to tell. Lets XML be recognised without the whole text.
 */
export function startsAsXml(start: string, whole: boolean): boolean | undefined {
  const head = start.trimStart();
  if (!head.startsWith("<")) return head === "" && !whole ? undefined : false;
  // `<joe@hotmail.com>, …` is a pasted list, not XML: an `@` comes before any space, `<` or `>`.
  const tagEnd = /[\s<>@]/g;
  tagEnd.lastIndex = 1;
  const stop = tagEnd.exec(head)?.[0];
  if (stop === undefined) return whole ? true : undefined;
  return stop !== "@";
}

/** The formats detectFormat recognises by their XML root element. */
export type XmlFormat = Extract<DetectedFormat, "msn-ctt" | "pidgin-blist" | "xep0227" | "wlm-chat-history">;

/** The format of an XML document, from its root element; reads no further than that. */
export function detectXml(text: XmlText): XmlFormat {
  let root: XmlElement | undefined;
  readXml(text, {
    open(el) {
      root = el;
      throw new StopReading();
    },
  });
  if (root === undefined) throw new ImportError("xml-malformed");
  switch (root.name) {
    case "messenger":
      return "msn-ctt";
    case "Log":
      return "wlm-chat-history";
    case "purple":
    case "gaim":
      return "pidgin-blist";
    case "server-data":
    // ejabberd's export_piefxis writes one `<host>` file per domain beside its `<server-data>` index.
    case "host":
    case "user":
      if (root.ns === "" || PIE_NAMESPACES.includes(root.ns)) return "xep0227";
  }
  throw new ImportError("unknown-format", { root: root.name });
}
