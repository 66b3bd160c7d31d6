import { networkOfService, parseImUri } from "./classify-address.ts";
import { EntryCollector, type RawEntry } from "./collect-entries.ts";
import type { Network, ParseResult } from "./import-entry.ts";

/*
 * A small vCard 2.1/3.0/4.0 reader. No maintained npm library decodes 2.1
 * quoted-printable with soft line breaks and charsets while also handling
 * folding and `item1.` groups, and Ferry needs only names, IM addresses,
 * e-mail and categories.
 */

interface ContentLine {
  name: string;
  params: ReadonlyMap<string, readonly string[]>;
  value: string;
  line: number;
}

interface Card {
  line: number;
  props: ContentLine[];
}

const X_PROPERTIES: Record<string, Network> = {
  "X-JABBER": "xmpp",
  "X-GTALK": "xmpp",
  "X-GOOGLE-TALK": "xmpp",
  "X-MSN": "msn",
  "X-ICQ": "icq",
  "X-YAHOO": "yahoo",
  "X-AIM": "aim",
};

export function parseVcard(text: string, maxEntries?: number): ParseResult {
  const out = new EntryCollector(maxEntries);
  let card: Card | undefined;
  let depth = 0;
  for (const cl of contentLines(text)) {
    if (cl.name === "BEGIN" && cl.value.trim().toUpperCase() === "VCARD") {
      // A nested card (2.1 AGENT) belongs to its parent and is ignored.
      if (depth++ === 0) card = { line: cl.line, props: [] };
    } else if (cl.name === "END" && cl.value.trim().toUpperCase() === "VCARD") {
      if (depth > 0 && --depth === 0 && card) {
        addCard(card, out);
        card = undefined;
      }
    } else if (card && depth === 1) {
      card.props.push(cl);
    }
  }
  // A file cut off before the last END:VCARD still names its contacts.
  if (card) addCard(card, out);
  return out.result("vcard");
}

function addCard(card: Card, out: EntryCollector): void {
  // One pass sorts out the properties the card's name, groups and fallback addresses come from.
  const fns: ContentLine[] = [];
  const categories: ContentLine[] = [];
  const emails: ContentLine[] = [];
  let n: ContentLine | undefined;
  for (const p of card.props) {
    if (p.name === "FN") fns.push(p);
    else if (p.name === "N") n ??= p;
    else if (p.name === "CATEGORIES") categories.push(p);
    else if (p.name === "EMAIL") emails.push(p);
  }
  let name: string | undefined;
  for (const p of fns) {
    const v = textValue(p);
    if (v.trim() !== "") {
      name = v;
      break;
    }
  }
  name ??= nameFromN(n);
  const groups: string[] = [];
  for (const p of categories) for (const g of splitUnescaped(decodedValue(p), ",")) groups.push(unescapeText(g));

  const im: RawEntry[] = [];
  for (const p of card.props) {
    const found = p.name === "IMPP" ? fromImpp(p, out) : xProperty(p);
    if (found) im.push({ network: found.network, address: found.address, name, groups, line: p.line });
  }
  const addresses =
    im.length > 0
      ? im
      : emails.map((p): RawEntry => ({ network: "email", address: textValue(p), name, groups, line: p.line }));
  if (addresses.length === 0) {
    out.problem({ code: "no-address", line: card.line, detail: name });
    return;
  }
  for (const a of addresses) out.add(a);
}

function xProperty(p: ContentLine): { network: Network; address: string } | undefined {
  const network = X_PROPERTIES[p.name];
  if (network === undefined) return undefined;
  const value = textValue(p);
  // Some writers put a URI here too (`X-JABBER:xmpp:alice@example.org`).
  return { network, address: parseImUri(value)?.address ?? value };
}

function fromImpp(p: ContentLine, out: EntryCollector): { network: Network; address: string } | undefined {
  const value = textValue(p).trim();
  const service = p.params.get("X-SERVICE-TYPE")?.[0];
  const serviceNetwork = service === undefined ? undefined : networkOfService(service);
  const uri = parseImUri(value);
  if (uri) return { network: serviceNetwork ?? uri.network, address: uri.address };
  if (serviceNetwork) return { network: serviceNetwork, address: value.replace(/^[a-z][a-z0-9+.-]*:/i, "") };
  out.problem({ code: "unknown-protocol", line: p.line, detail: service ?? value.split(":")[0] });
  return undefined;
}

function nameFromN(p: ContentLine | undefined): string | undefined {
  if (!p) return undefined;
  const [family = "", given = "", additional = ""] = splitUnescaped(decodedValue(p), ";").map(unescapeText);
  return [given, additional, family].filter((s) => s.trim() !== "").join(" ") || undefined;
}

function textValue(p: ContentLine): string {
  return unescapeText(decodedValue(p));
}

function decodedValue(p: ContentLine): string {
  const encoding = p.params.get("ENCODING")?.[0]?.toUpperCase();
  if (encoding !== "QUOTED-PRINTABLE" && !p.params.has("QUOTED-PRINTABLE")) return p.value;
  return decoderFor(p.params.get("CHARSET")?.[0] ?? "utf-8").decode(quotedPrintableBytes(p.value));
}

function decoderFor(charset: string) {
  try {
    return new TextDecoder(charset);
  } catch {
    // An unknown CHARSET label; UTF-8 is the best guess.
    return new TextDecoder("utf-8");
  }
}

function quotedPrintableBytes(value: string): Uint8Array {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? "";
    const hex = c === "=" ? value.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...encoder.encode(c));
    }
  }
  return Uint8Array.from(bytes);
}

const TEXT_ESCAPE = /\\([\\;,nN])/g;

function unescapeText(s: string): string {
  // Most values hold no backslash at all.
  if (!s.includes("\\")) return s;
  return s.replace(TEXT_ESCAPE, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

function splitUnescaped(s: string, sep: ";" | ","): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === sep) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

const END_VCARD = /^END:VCARD\s*$/i;
const QUOTED_PRINTABLE = /QUOTED-PRINTABLE/i;
// Shared by the many content lines without parameters; nothing writes to a ContentLine's params.
const NO_PARAMS: ReadonlyMap<string, readonly string[]> = new Map();

/** Unfolds (RFC 6350 3.2 and 2.1 quoted-printable soft breaks) and splits content lines. */
function* contentLines(text: string): Generator<ContentLine> {
  // The logical line being gathered: its text, first physical line, and whether it is quoted-printable.
  let current: string | undefined;
  let currentLine = 0;
  let qp = false;
  let line = 0;
  for (let start = 0; start !== -1; ) {
    // Physical lines end at CRLF, LF or CR.
    let end = start;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 0x0a || c === 0x0d) break;
      end++;
    }
    const raw = text.slice(start, end);
    line++;
    start = end === text.length ? -1 : end + (text.startsWith("\r\n", end) ? 2 : 1);

    if (current !== undefined && (raw.startsWith(" ") || raw.startsWith("\t"))) {
      current += raw.slice(1);
      continue;
    }
    if (qp && current !== undefined && current.endsWith("=") && !END_VCARD.test(raw)) {
      current = current.slice(0, -1) + raw;
      continue;
    }
    if (current !== undefined) {
      const cl = splitContentLine(current, currentLine);
      if (cl) yield cl;
    }
    if (raw.trim() === "") {
      current = undefined;
      qp = false;
    } else {
      current = raw;
      currentLine = line;
      const colon = raw.indexOf(":");
      qp = colon > 0 && QUOTED_PRINTABLE.test(raw.slice(0, colon));
    }
  }
  if (current !== undefined) {
    const cl = splitContentLine(current, currentLine);
    if (cl) yield cl;
  }
}

function splitContentLine(text: string, line: number): ContentLine | undefined {
  // A colon inside a quoted parameter value does not end the name; most lines have no quotes before it.
  let colon = text.indexOf(":");
  if (colon === -1) return undefined;
  const quote = text.indexOf('"');
  if (quote !== -1 && quote < colon) {
    colon = -1;
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) quoted = !quoted;
      else if (c === 0x3a && !quoted) {
        colon = i;
        break;
      }
    }
    if (colon === -1) return undefined;
  }
  const semicolon = text.lastIndexOf(";", colon);
  const firstSemicolon = semicolon === -1 ? -1 : text.indexOf(";");
  const nameWithGroup = text.slice(0, firstSemicolon === -1 ? colon : firstSemicolon);
  // `item1.IMPP` → `IMPP`: Apple groups a property with its label.
  const name = nameWithGroup.slice(nameWithGroup.lastIndexOf(".") + 1).trim().toUpperCase();
  const value = text.slice(colon + 1);
  if (firstSemicolon === -1) return { name, params: NO_PARAMS, value, line };
  const params = new Map<string, string[]>();
  for (const param of text.slice(firstSemicolon + 1, colon).split(";")) {
    const eq = param.indexOf("=");
    // vCard 2.1 allows bare parameter values (`;HOME;QUOTED-PRINTABLE`).
    const key = (eq === -1 ? param : param.slice(0, eq)).trim().toUpperCase();
    const values = eq === -1 ? [] : param.slice(eq + 1).split(",").map(paramValue);
    const existing = params.get(key);
    if (existing) existing.push(...values);
    else params.set(key, values);
  }
  return { name, params, value, line };
}

/** A parameter value without surrounding space and one pair of double quotes. */
function paramValue(v: string): string {
  const t = v.trim();
  const start = t.startsWith('"') ? 1 : 0;
  const end = t.length > start && t.endsWith('"') ? t.length - 1 : t.length;
  return start === 0 && end === t.length ? t : t.slice(start, end);
}
