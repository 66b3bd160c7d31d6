import { isUtf8 } from "node:buffer";
import { ImportError } from "./import-entry.ts";

// How much of the start is examined to guess UTF-16 without a BOM.
const SNIFF_BYTES = 4096;
// Share of control characters above which the text is taken to be binary.
const MAX_CONTROL_RATIO = 0.02;
// Bytes decoded at a time when the text is read in pieces; even, so UTF-16 units stay whole.
const CHUNK_BYTES = 64 * 1024;

type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * Decoded file text that can be read in pieces, so a streaming parser never needs all of it
 * as one string, or whole. Iterating starts again from the beginning each time.
 */
export class DecodedText implements Iterable<string> {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly encoding: Encoding,
  ) {}

  *[Symbol.iterator](): Iterator<string> {
    const { bytes } = this;
    if (this.encoding === "windows-1252") {
      for (let start = 0; start < bytes.length; start += CHUNK_BYTES) yield decodeWindows1252(bytes.subarray(start, start + CHUNK_BYTES));
      return;
    }
    // A streaming decoder holds back sequences cut at a chunk edge, so the pieces join to what `text` returns.
    const decoder = new TextDecoder(this.encoding);
    for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
      yield decoder.decode(bytes.subarray(start, start + CHUNK_BYTES), { stream: true });
    }
    const rest = decoder.decode();
    if (rest !== "") yield rest;
  }

  /** The first piece: enough to see how the text starts. */
  head(): string {
    return this[Symbol.iterator]().next().value ?? "";
  }

  text(): string {
    return this.encoding === "windows-1252" ? decodeWindows1252(this.bytes) : new TextDecoder(this.encoding).decode(this.bytes);
  }
}

/**
 * Picks how to decode file bytes: BOMs first, then UTF-16 guessed from NUL patterns, then
 * strict UTF-8, then Windows-1252 (what old Windows tools wrote). Rejects empty and binary
 * files after a pass over the text that keeps none of it.
 */
export function openText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ImportError("empty");
  const text = new DecodedText(bytes, chooseEncoding(bytes));
  rejectControlHeavy(text);
  return text;
}

/** The whole text of a file; see openText. */
export function decodeText(bytes: Uint8Array): string {
  return openText(bytes).text();
}

function chooseEncoding(bytes: Uint8Array): Encoding {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return "utf-8";
  if (b0 === 0xff && b1 === 0xfe) return "utf-16le";
  if (b0 === 0xfe && b1 === 0xff) return "utf-16be";

  const utf16 = guessUtf16(bytes);
  if (utf16 !== undefined) return utf16;
  // NULs that do not follow a UTF-16 pattern never occur in the text formats we read.
  if (bytes.includes(0)) throw new ImportError("binary");
  // Validates without decoding; a file with any invalid sequence is read as Windows-1252.
  return isUtf8(bytes) ? "utf-8" : "windows-1252";
}

// Windows-1252 0x80–0x9F. Node 20's TextDecoder("windows-1252") decodes as ISO-8859-1 and
// turns these into C1 controls (€ → U+0080), so the table is applied here.
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? (CP1252_80_9F[b - 0x80] ?? b) : b));
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join("");
}

/** ASCII-heavy UTF-16 has a NUL in nearly every other byte, on one side only. */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = n / 2;
  if (oddNuls >= pairs * 0.4 && evenNuls <= pairs * 0.05) return "utf-16le";
  if (evenNuls >= pairs * 0.4 && oddNuls <= pairs * 0.05) return "utf-16be";
  return undefined;
}

// Anything rejectControlHeavy counts, NUL included; one native scan clears an ordinary piece.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/;

function rejectControlHeavy(text: Iterable<string>): void {
  let length = 0;
  let controls = 0;
  let nul = false;
  for (const piece of text) {
    length += piece.length;
    if (!CONTROL.test(piece)) continue;
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      // Tab, LF, FF and CR are ordinary in text files; other C0, DEL, C1 and NUL are not.
      const isControl =
        (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd;
      if (isControl) controls++;
      if (c === 0) nul = true;
    }
  }
  if (nul || controls > Math.max(4, length * MAX_CONTROL_RATIO)) throw new ImportError("binary");
}
