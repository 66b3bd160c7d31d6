// XEP-0106 section 3.2: the ten characters a localpart cannot hold, and their escapes.
const ESCAPES: Record<string, string> = {
  " ": "\\20",
  '"': "\\22",
  "&": "\\26",
  "'": "\\27",
  "/": "\\2f",
  ":": "\\3a",
  "<": "\\3c",
  ">": "\\3e",
  "@": "\\40",
};
const ESCAPE_CODE = /^(20|22|26|27|2f|3a|3c|3e|40|5c)/i;

/**
 * XEP-0106 JID escaping of a would-be localpart (`joe@hotmail.com` → `joe\40hotmail.com`).
 * A backslash is escaped only where it would otherwise read as the start of an escape;
 * leading and trailing spaces are dropped because `\20` may not begin or end a localpart.
 */
export function escapeJidLocal(local: string): string {
  const text = local.replace(/^ +| +$/g, "");
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (c === "\\") out += ESCAPE_CODE.test(text.slice(i + 1, i + 3)) ? "\\5c" : "\\";
    else out += ESCAPES[c] ?? c;
  }
  return out;
}
