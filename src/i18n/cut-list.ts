import type { MessageLines } from "./catalog.ts";

/** How many entries a preview lists before "…and N more". */
export const PREVIEW_LIMIT = 25;

/** The first PREVIEW_LIMIT lines of a list, then "…and N more": a list shown to the user is never cut silently. */
export function cutList<T>(items: readonly T[], line: (item: T) => MessageLines["lines"][number]): MessageLines {
  const lines = items.slice(0, PREVIEW_LIMIT).map(line);
  if (items.length > PREVIEW_LIMIT) lines.push({ key: "report-and-more", args: { count: items.length - PREVIEW_LIMIT } });
  return { lines };
}
