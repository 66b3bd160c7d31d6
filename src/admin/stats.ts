import type { Job } from "../migration/job.ts";
import { countJob } from "../migration/job.ts";
import { moveStateOf, type MoveState } from "./move-state.ts";

/** The numbers admins see with `stats`; also the machine-readable export. */
export interface Stats {
  generatedAt: string;
  users: Record<MoveState, number>;
  /** Whether `not-started` counts every account (the server listed them) or only those Ferry knows. */
  usersComplete: boolean;
  contactsMoved: number;
  importsDone: number;
  broadcasts: number;
  noticesSent: number;
  /** Per UTC day: moves started and finished. */
  days: { day: string; started: number; moved: number }[];
}

export interface StatsInput {
  jobs: Job[];
  /** Accounts of the domain (registered, or known); those without a started move count as not started. */
  accounts: string[];
  accountsComplete: boolean;
  importsDone: number;
  broadcasts: number;
  noticesSent: number;
  now: Date;
}

export function computeStats(input: StatsInput): Stats {
  const users: Record<MoveState, number> = { "not-started": 0, "in-progress": 0, moved: 0, stuck: 0 };
  const states = new Map(input.jobs.map((j) => [j.user, moveStateOf(j)]));
  for (const account of new Set([...input.accounts, ...states.keys()])) users[states.get(account) ?? "not-started"] += 1;
  const days = new Map<string, { started: number; moved: number }>();
  const dayOf = (iso: string) => {
    const day = iso.slice(0, 10);
    if (!days.has(day)) days.set(day, { started: 0, moved: 0 });
    return days.get(day)!;
  };
  let contactsMoved = 0;
  for (const job of input.jobs) {
    if (job.status === "planned") continue;
    contactsMoved += countJob(job).moved;
    dayOf(job.createdAt).started += 1;
    if (job.status === "done") dayOf(job.updatedAt).moved += 1;
  }
  return {
    generatedAt: input.now.toISOString(),
    users,
    usersComplete: input.accountsComplete,
    contactsMoved,
    importsDone: input.importsDone,
    broadcasts: input.broadcasts,
    noticesSent: input.noticesSent,
    days: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, c]) => ({ day, ...c })),
  };
}
