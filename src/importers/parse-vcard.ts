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
  params: Map<string, string[]>;
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
  const get = (name: string): ContentLine[] => card.props.filter((p) => p.name === name);
  const fn = get("FN").map(textValue).find((v) => v.trim() !== "");
  const name = fn ?? nameFromN(get("N")[0]);
  const groups = get("CATEGORIES").flatMap((p) => splitUnescaped(decodedValue(p), ",").map(unescapeText));

  const im: RawEntry[] = [];
  for (const p of card.props) {
    const found = p.name === "IMPP" ? fromImpp(p, out) : xProperty(p);
    if (found) im.push({ ...found, name, groups, line: p.line });
  }
  const addresses =
    im.length > 0
      ? im
      : get("EMAIL").map((p): RawEntry => ({ network: "email", address: textValue(p), name, groups, line: p.line }));
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

function unescapeText(s: string): string {
  return s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
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

/** Unfolds (RFC 6350 3.2 and 2.1 quoted-printable soft breaks) and splits content lines. */
function* contentLines(text: string): Generator<ContentLine> {
  const physical = text.split(/\r\n|\n|\r/);
  let current: { text: string; line: number; qp: boolean } | undefined;
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i] ?? "";
    if (current && (raw.startsWith(" ") || raw.startsWith("\t"))) {
      current.text += raw.slice(1);
      continue;
    }
    if (current?.qp && current.text.endsWith("=") && !/^END:VCARD\s*$/i.test(raw)) {
      current.text = current.text.slice(0, -1) + raw;
      continue;
    }
    if (current) {
      const cl = splitContentLine(current.text, current.line);
      if (cl) yield cl;
    }
    current = raw.trim() === "" ? undefined : { text: raw, line: i + 1, qp: /QUOTED-PRINTABLE/i.test(raw.slice(0, raw.indexOf(":") + 1)) };
  }
  if (current) {
    const cl = splitContentLine(current.text, current.line);
    if (cl) yield cl;
  }
}

function splitContentLine(text: string, line: number): ContentLine | undefined {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === ":" && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon === -1) return undefined;
  const [nameWithGroup = "", ...rawParams] = text.slice(0, colon).split(";");
  // `item1.IMPP` → `IMPP`: Apple groups a property with its label.
  const name = nameWithGroup.slice(nameWithGroup.lastIndexOf(".") + 1).trim().toUpperCase();
  const params = new Map<string, string[]>();
  for (const param of rawParams) {
    const eq = param.indexOf("=");
    // vCard 2.1 allows bare parameter values (`;HOME;QUOTED-PRINTABLE`).
    const key = (eq === -1 ? param : param.slice(0, eq)).trim().toUpperCase();
    const values = eq === -1 ? [] : param.slice(eq + 1).split(",").map((v) => v.trim().replace(/^"|"$/g, ""));
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return { name, params, value: text.slice(colon + 1), line };
}
