import { conditionOf } from "../stanza-error.ts";

/**
 * What happened to each kind of profile data during a copy. Only stable codes:
 * the user-facing wording is chosen by the localized message catalog.
 */
export type ProfileItem = "vcard" | "avatar" | "nickname" | "bookmarks" | "legacy-bookmarks" | "blocklist" | "pep-nodes";

export type ProfileOutcome = "copied" | "partial" | "none" | "unsupported-source" | "unsupported-target" | "failed";

export interface ProfileItemReport {
  item: ProfileItem;
  outcome: ProfileOutcome;
  /** Entries (bookmarks, blocked JIDs) that are now on the new account. */
  count?: number;
  /** The stanza error condition (`forbidden`, `feature-not-implemented`, …), `timeout`, or `other`. */
  condition?: string;
  /** `partial`: the entries the new account does not have after the copy (bookmarks: room JIDs). */
  lost?: string[];
}

/**
 * Thrown by a write that the new account kept only in part: `kept` entries are there, `lost`
 * are not (with the condition of the error that stopped it, if one did).
 */
export class PartialCopy extends Error {
  constructor(
    readonly kept: number,
    readonly lost: string[],
    readonly condition?: string,
  ) {
    super(`kept ${kept}, lost ${lost.length}`);
    this.name = "PartialCopy";
  }
}


/** Conditions with which servers say "this whole feature is not here". */
const UNSUPPORTED = new Set(["feature-not-implemented", "service-unavailable"]);

/**
 * Maps an error to a report. On the old account `item-not-found` means there is
 * nothing to copy; on the new one it can only mean the feature is missing.
 */
export function failureReport(item: ProfileItem, side: "source" | "target", err: unknown): ProfileItemReport {
  if (err instanceof PartialCopy) {
    return { item, outcome: "partial", count: err.kept, lost: err.lost, ...(err.condition ? { condition: err.condition } : {}) };
  }
  const condition = conditionOf(err);
  if (side === "source" && condition === "item-not-found") return { item, outcome: "none" };
  if (UNSUPPORTED.has(condition) || condition === "item-not-found") {
    return { item, outcome: side === "source" ? "unsupported-source" : "unsupported-target", condition };
  }
  return { item, outcome: "failed", condition };
}

/**
 * Reads from the old account, then writes to the new one, and turns errors of
 * either side into a report instead of throwing. `read` resolves undefined when
 * there is nothing to copy; `write` resolves the number of entries copied, if
 * that means something for the item.
 */
export async function copyItem<T>(
  item: ProfileItem,
  read: () => Promise<T | undefined>,
  write: (data: T) => Promise<number | undefined>,
): Promise<ProfileItemReport> {
  let data: T | undefined;
  try {
    data = await read();
  } catch (err) {
    return failureReport(item, "source", err);
  }
  if (data === undefined) return { item, outcome: "none" };
  try {
    const count = await write(data);
    return count === undefined ? { item, outcome: "copied" } : { item, outcome: "copied", count };
  } catch (err) {
    return failureReport(item, "target", err);
  }
}
