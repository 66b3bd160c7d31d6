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

/**
 * Addresses in one piece of pasted text (between commas, semicolons or newlines):
 * `Name <addr>` keeps the name; otherwise every whitespace-separated word that
 * is an address counts and other words are ignored.
 */
function addressesInPiece(piece: string): Found[] {
  const trimmed = piece.trim();
  const open = trimmed.lastIndexOf("<");
  if (open > 0 && trimmed.endsWith(">")) {
    const inner = addressOf(trimmed.slice(open + 1, -1).trim());
    if (inner) {
      const name = trimmed.slice(0, open).trim().replace(/^["']|["']$/g, "");
      return [name ? { ...inner, name } : inner];
    }
  }
  const out: Found[] = [];
  for (const word of trimmed.split(/\s+/)) {
    const found = addressOf(word.replace(WRAPPING, ""));
    if (found) out.push(found);
  }
  return out;
}

function addressOf(token: string): Found | undefined {
  const uri = parseImUri(token);
  if (uri) return uri;
  return token.includes("@") ? { network: guessNetwork(token), address: token } : undefined;
}

/** Every address-looking token in `text`, for format detection. */
export function findAddressTokens(text: string): Found[] {
  return text.split(/[,;\r\n]+/).flatMap(addressesInPiece);
}

export function parsePastedText(text: string, maxEntries?: number): ParseResult {
  const out = new EntryCollector(maxEntries);
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((lineText, i) => {
    if (lineText.trim() === "") return;
    const found = lineText.split(/[,;]/).flatMap(addressesInPiece);
    if (found.length === 0) out.problem({ code: "no-address", line: i + 1, detail: lineText.trim() });
    for (const f of found) out.add({ ...f, line: i + 1 });
  });
  return out.result("pasted-text");
}
