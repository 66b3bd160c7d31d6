import { guessNetwork, parseImUri } from "./classify-address.ts";
import { EntryCollector } from "./collect-entries.ts";
import type { Network, ParseResult } from "./import-entry.ts";

interface Found {
  network: Network;
  address: string;
  name?: string;
}

// Punctuation people put around addresses in prose and mail headers.
const WRAPPING = /^[("'[<]+|[)"'\]>.:!?]+$/g;
const WHITESPACE = /\s/;
const WHITESPACE_RUN = /\s+/;
const PIECE_SEPARATORS = /[,;\r\n]+/;

/**
 * Addresses in one piece of pasted text (between commas, semicolons or newlines),
 * appended to `out`: `Name <addr>` keeps the name; otherwise every
 * whitespace-separated word that is an address counts and other words are ignored.
 */
function addressesInPiece(piece: string, out: Found[]): void {
  const trimmed = piece.trim();
  const open = trimmed.lastIndexOf("<");
  if (open > 0 && trimmed.endsWith(">")) {
    const inner = addressOf(trimmed.slice(open + 1, -1).trim());
    if (inner) {
      const name = stripQuotes(trimmed.slice(0, open).trim());
      out.push(name ? { network: inner.network, address: inner.address, name } : inner);
      return;
    }
  }
  // A single word needs no splitting (and most words carry no wrapping to strip).
  if (!WHITESPACE.test(trimmed)) {
    pushWord(trimmed, out);
    return;
  }
  for (const word of trimmed.split(WHITESPACE_RUN)) pushWord(word, out);
}

function pushWord(word: string, out: Found[]): void {
  const found = addressOf(isWrapped(word) ? word.replace(WRAPPING, "") : word);
  if (found) out.push(found);
}

/** Whether the first or last character is one WRAPPING removes. */
function isWrapped(word: string): boolean {
  return word !== "" && (`("'[<`.includes(word[0] ?? "") || `)"']>.:!?`.includes(word[word.length - 1] ?? ""));
}

/** Drops one quote at each end, as `"Name"` or `'Name'` is written. */
function stripQuotes(s: string): string {
  const start = s.startsWith('"') || s.startsWith("'") ? 1 : 0;
  const end = s.length > start && (s.endsWith('"') || s.endsWith("'")) ? s.length - 1 : s.length;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function addressOf(token: string): Found | undefined {
  const uri = parseImUri(token);
  if (uri) return uri;
  return token.includes("@") ? { network: guessNetwork(token), address: token } : undefined;
}

/** Every address-looking token in `text`, for format detection. */
export function findAddressTokens(text: string): Found[] {
  const found: Found[] = [];
  for (const piece of text.split(PIECE_SEPARATORS)) addressesInPiece(piece, found);
  return found;
}

export function parsePastedText(text: string, maxEntries?: number): ParseResult {
  const out = new EntryCollector(maxEntries);
  const found: Found[] = [];
  let line = 0;
  let lineStart = 0;
  let pieceStart = 0;
  // One pass over the text: lines end at CRLF, LF or CR; pieces at commas and semicolons.
  for (let i = 0; i <= text.length; i++) {
    const c = i === text.length ? 0x0a : text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b) {
      addressesInPiece(text.slice(pieceStart, i), found);
      pieceStart = i + 1;
    } else if (c === 0x0a || c === 0x0d) {
      line++;
      addressesInPiece(text.slice(pieceStart, i), found);
      if (found.length === 0) {
        const detail = text.slice(lineStart, i).trim();
        if (detail !== "") out.problem({ code: "no-address", line, detail });
      }
      for (const f of found) out.add({ network: f.network, address: f.address, name: f.name, line });
      found.length = 0;
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      lineStart = pieceStart = i + 1;
    }
  }
  return out.result("pasted-text");
}
