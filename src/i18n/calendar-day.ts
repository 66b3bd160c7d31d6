/**
 * A stored calendar day (`2030-06-30`) as a Date that Fluent formats with Intl
 * for the reader's locale (30.6.2030, 30/06/2030 …). Noon UTC keeps the same
 * day in every time zone the bot may run in.
 */
export function calendarDay(day: string): Date | string {
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : date;
}
