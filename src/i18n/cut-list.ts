import type { MessageLines } from "./catalog.ts";

/** How many entries of a list a message shows before saying how many more there are. */
const LIST_LIMIT = 25;
/** Entries per follow-up message: a long list stays complete without one huge message. */
const FOLLOW_UP_LIMIT = 100;

/** A preview's list: the first LIST_LIMIT lines, then "…and N more", so a list is never cut silently. */
export function cutList<T>(items: readonly T[], line: (item: T) => MessageLines["lines"][number]): MessageLines {
  const lines = items.slice(0, LIST_LIMIT).map(line);
  if (items.length > LIST_LIMIT) lines.push({ key: "report-and-more", args: { count: items.length - LIST_LIMIT } });
  return { lines };
}

/** A list cut for chat so that every entry is still named: some in the first message, the rest in follow-ups. */
export interface LongList<T> {
  first: T[];
  /** "…and N more in the next messages", when entries follow. */
  more?: MessageLines["lines"][number];
  /** One page per follow-up message, each shown under the list's title again. */
  followUps: T[][];
}

/** Cuts a list the way the end-of-job report and `status` show it. */
export function longList<T>(items: readonly T[]): LongList<T> {
  const followUps: T[][] = [];
  for (let i = LIST_LIMIT; i < items.length; i += FOLLOW_UP_LIMIT) followUps.push(items.slice(i, i + FOLLOW_UP_LIMIT));
  const more = items.length > LIST_LIMIT ? { key: "report-more-follow", args: { count: items.length - LIST_LIMIT } } : undefined;
  return { first: items.slice(0, LIST_LIMIT), more, followUps };
}
