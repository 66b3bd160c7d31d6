import { EntryCollector } from "./collect-entries.ts";
import type { ParseResult } from "./import-entry.ts";
import { readXml, type XmlText } from "./read-xml.ts";

/** MSN / Windows Live Messenger `.ctt`: bare addresses under messenger/service/contactlist/contact. */
export function parseMsnCtt(text: XmlText, maxEntries?: number): ParseResult {
  const out = new EntryCollector(maxEntries, { streamed: true });
  readXml(text, {
    close(el, content, parents) {
      if (el.name !== "contact" || parents.at(-1)?.name !== "contactlist") return;
      out.add({ network: "msn", address: content, line: el.line });
    },
  });
  return out.result("msn-ctt");
}
