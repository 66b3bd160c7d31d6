// LRM, RLM, ARABIC LETTER MARK, and the isolates LRI, RLI, FSI, PDI.
export const BIDI_MARKS = /[\u200e\u200f\u061c\u2066-\u2069]/g;

/**
 * What a typed word is compared as: case, accents and closing punctuation do
 * not matter ("Démenager!" = "demenager"), nor the Arabic spellings people
 * use interchangeably (أ/إ/آ/ا, ة/ه, ى/ي, tashkeel). Used on both sides of every
 * command-word, yes/no, number and option comparison.
 */
export function foldWord(text: string): string {
  return (
    text
      // Right-to-left catalogue text starts with a mark and isolates its variables; typed text has none.
      .replace(BIDI_MARKS, "")
      .trim()
      .normalize("NFKD")
      .replace(/\p{Mn}/gu, "")
      .toLowerCase()
      .replace(/[أإآ]/g, "ا")
      .replace(/ة/g, "ه")
      .replace(/ى/g, "ي")
      // Arabic keyboards type Arabic-Indic (or Persian) digits; menus and options are numbered in ASCII.
      // Both blocks start at a multiple of 16, so the low four bits are the digit.
      .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf))
      .replace(/^[¿¡]+/, "")
      .replace(/[.!?؟。！？]+$/u, "")
  );
}
