import type { FieldSpec } from "../../src/conversation/fields.ts";

/** The answers to "which history?": all of it, the last N months, or none. */
export const HISTORY_MONTHS = [12, 6, 3, 1] as const;
export type HistoryChoice = "all" | "none" | `${(typeof HISTORY_MONTHS)[number]}`;

/** The public ad-hoc field `history`. */
export const historyField: FieldSpec = {
  var: "history",
  type: "list-single",
  label: "backup-ask-history",
  options: [
    { value: "all", label: "backup-history-all" },
    ...HISTORY_MONTHS.map((months) => ({ value: String(months), label: "backup-history-months", labelArgs: { months } })),
    { value: "none", label: "backup-history-none" },
  ],
};

/** Where the history starts: "all", a date N calendar months back, or undefined for no history. */
export function historySince(choice: HistoryChoice, now: Date): Date | "all" | undefined {
  if (choice === "none") return undefined;
  if (choice === "all") return "all";
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - Number(choice));
  return since;
}
