/** A driver's error text (or the store URL itself) with the store URL's password, as written or decoded, taken out. */
export function withoutUrlPassword(text: string, url: string): string {
  const written = URL.canParse(url) ? new URL(url).password : "";
  if (!written) return text;
  return text.replaceAll(written, "…").replaceAll(decodeURIComponent(written), "…");
}
