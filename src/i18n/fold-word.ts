/**
 * What a typed word is compared as: case, accents and closing punctuation do
 * not matter ("Démenager!" = "demenager"), nor the Arabic spellings people
 * use interchangeably (أ/إ/آ/ا, ة/ه, ى/ي, tashkeel). Used on both sides of every
 * command-word, yes/no and option comparison.
 */
export function foldWord(text: string): string {
  return text
    .trim()
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/[أإآ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .replace(/^[¿¡]+/, "")
    .replace(/[.!?؟。！？]+$/u, "");
}
