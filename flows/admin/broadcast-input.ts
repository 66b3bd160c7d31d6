/** Checks of what an admin types while setting up a broadcast (pure, so the flow stays declarative). */
import { foldWord } from "../../src/i18n/fold-word.ts";

/** Locale codes from "de, fr" or "de fr": the offered ones other than the default, and the rest as unknown. */
export function parseLocaleCodes(text: string, offered: string[], defaultLocale: string): { locales: string[]; unknown: string[] } {
  const codes = [...new Set(text.split(/[\s,;]+/).map((c) => c.trim().toLowerCase()).filter(Boolean))];
  const extra = offered.filter((l) => l !== defaultLocale);
  return {
    locales: extra.filter((l) => codes.includes(l.toLowerCase())),
    unknown: codes.filter((c) => !extra.some((l) => l.toLowerCase() === c)),
  };
}

export const MAX_EVERY_DAYS = 365;

/** Days between reminders: a whole number from 1 to 365, in any digits foldWord reads (Arabic keyboards type ٧). */
export function parseEveryDays(text: string): number | undefined {
  const t = foldWord(text);
  if (!/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  return n >= 1 && n <= MAX_EVERY_DAYS ? n : undefined;
}

/** The last day for reminders, YYYY-MM-DD, a real date after today (UTC); digits folded as in parseEveryDays. */
export function parseUntilDate(text: string, now: Date): string | undefined {
  const t = foldWord(text);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) return undefined;
  const date = new Date(`${t}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== t) return undefined;
  return t > now.toISOString().slice(0, 10) ? t : undefined;
}
