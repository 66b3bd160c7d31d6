import { looksLikeCsv } from "./parse-csv.ts";
import { findAddressTokens } from "./parse-pasted-text.ts";
import { ImportError, type ImportFormat } from "./import-entry.ts";
import { readXml, StopReading, type XmlElement } from "./read-xml.ts";

/** What a file is; chat history is recognised so it can be refused with a clear code. */
export type DetectedFormat = ImportFormat | "wlm-chat-history";

const PIE_NAMESPACES: readonly string[] = ["urn:xmpp:pie:0", "http://www.xmpp.org/extensions/xep-0227.html#ns"];

/**
 * Decides the format from the content; the file name only settles CSV versus
 * pasted text. Throws ImportError ("unknown-format" and XML errors).
 */
export function detectFormat(text: string, fileName?: string): DetectedFormat {
  const head = text.trimStart();
  // `<joe@hotmail.com>, …` is a pasted list, not XML.
  if (head.startsWith("<") && !/^<[^\s<>]*@/.test(head)) return detectXml(text);
  if (/^BEGIN:VCARD\b/i.test(head)) return "vcard";
  const csv = looksLikeCsv(text, /\.(csv|tsv)$/i.test(fileName ?? ""));
  if (csv !== undefined) return csv;
  if (findAddressTokens(text.slice(0, 65_536)).length > 0) return "pasted-text";
  throw new ImportError("unknown-format");
}

function detectXml(text: string): DetectedFormat {
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
    case "user":
      if (root.ns === "" || PIE_NAMESPACES.includes(root.ns)) return "xep0227";
  }
  throw new ImportError("unknown-format", { root: root.name });
}
