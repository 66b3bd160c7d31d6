/**
 * A stored calendar day (`2030-06-30`) as a Date that Fluent formats with Intl
 * for the reader's locale (30.6.2030, 30/06/2030 …). Intl formats in the bot's
 * own time zone, so the Date is noon of that day there: noon UTC would be the
 * next day at UTC+12 and beyond.
 */
export function calendarDay(day: string): Date | string {
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})/.exec(day) ?? [];
  return y === undefined ? day : new Date(Number(y), Number(m) - 1, Number(d), 12);
}
