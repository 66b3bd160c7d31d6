import { SaxesParser } from "saxes";
import { ImportError } from "./import-entry.ts";

export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  /** Namespace URI ("" when none). */
  ns: string;
  /** Attributes by local name. */
  attrs: Record<string, string>;
  /** 1-based line of the start tag. */
  line: number;
}

export interface XmlHandler {
  open?(el: XmlElement, parents: readonly XmlElement[]): void;
  /**
   * `text` is the character data of an element without child elements. Elements that hold
   * elements get "": the whitespace between 100,000 contacts would otherwise pile up in the list
   * element while the file streams past, and no contact format puts text beside elements.
   */
  close?(el: XmlElement, text: string, parents: readonly XmlElement[]): void;
}

// Entity declarations are how billion-laughs and external-entity (XXE) attacks start;
// none of the formats we read need a DTD.
const FORBIDDEN_DOCTYPE = /<!ENTITY|\bSYSTEM\b|\bPUBLIC\b/i;

// Far deeper than any contact format (XEP-0227 archives reach about 20); bounds the work
// handlers do when they look at an element's ancestors.
const MAX_DEPTH = 256;

/** Signals that a handler has seen enough; not an error. */
export class StopReading extends Error {}

/** A document as one string, or in pieces (DecodedText) so that it never has to be held whole. */
export type XmlText = string | Iterable<string>;

/**
 * Streams XML through saxes (which never expands entities beyond the five predefined ones)
 * and hands elements to `handler`. Throws ImportError for anything unreadable.
 */
export function readXml(text: XmlText, handler: XmlHandler): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  /** Character data of each open element; undefined once it has a child element. */
  const texts: (string | undefined)[] = [];
  let closing = false;

  parser.on("error", () => {
    throw new ImportError(closing ? "truncated" : "xml-malformed", { line: parser.line, column: parser.column });
  });
  parser.on("doctype", (doctype) => {
    if (FORBIDDEN_DOCTYPE.test(doctype)) throw new ImportError("xml-entities-forbidden", { line: parser.line });
  });
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const key in tag.attributes) {
      const a = tag.attributes[key]!;
      if (a.prefix !== "xmlns" && a.name !== "xmlns") attrs[a.local] = a.value;
    }
    if (stack.length >= MAX_DEPTH) throw new ImportError("xml-malformed", { line: parser.line, maxDepth: MAX_DEPTH });
    const el: XmlElement = { name: tag.local, ns: tag.uri, attrs, line: parser.line };
    handler.open?.(el, stack);
    if (texts.length > 0) texts[texts.length - 1] = undefined;
    stack.push(el);
    texts.push("");
  });
  const addText = (t: string): void => {
    const last = texts.length - 1;
    if (last >= 0 && texts[last] !== undefined) texts[last] += t;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    const el = stack.pop();
    const t = texts.pop() ?? "";
    if (el) handler.close?.(el, t, stack);
  });

  try {
    // saxes carries a CR or surrogate cut at a piece's edge into the next write; only where it reports
    // some errors depends on the pieces (parseImport rereads failed files whole).
    for (const piece of typeof text === "string" ? [text] : text) parser.write(piece);
    closing = true;
    parser.close();
  } catch (e) {
    if (e instanceof StopReading) return;
    throw e;
  }
}
