import { countJob } from "../../src/jobs/job.ts";
import { moveStateOf, type MoveState, type UserMoves } from "./move-state.ts";

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
  /** Per UTC day: moves started (latest job of each person) and finished (latest finished move of each person). */
  days: { day: string; started: number; moved: number }[];
}

export interface StatsInput {
  moves: UserMoves[];
  /** Accounts of the domain (registered, or known); those without a started move count as not started. */
  accounts: string[];
  accountsComplete: boolean;
  importsDone: number;
  broadcasts: number;
  noticesSent: number;
  now: Date;
}

export function computeStats(input: StatsInput): Stats {
  const users: Record<MoveState, number> = { "not-started": 0, "in-progress": 0, moved: 0, failed: 0 };
  const states = new Map(input.moves.map((m) => [m.user, moveStateOf(m)]));
  for (const account of new Set([...input.accounts, ...states.keys()])) users[states.get(account) ?? "not-started"] += 1;
  const days = new Map<string, { started: number; moved: number }>();
  const dayOf = (iso: string) => {
    const day = iso.slice(0, 10);
    if (!days.has(day)) days.set(day, { started: 0, moved: 0 });
    return days.get(day)!;
  };
  let contactsMoved = 0;
  for (const { job, finished } of input.moves) {
    contactsMoved += finished?.contacts ?? 0;
    if (finished) dayOf(finished.last.at).moved += 1;
    if (!job || job.status === "planned") continue;
    dayOf(job.createdAt).started += 1;
    // A finished job's contacts are in its record already.
    if (job.id !== finished?.last.jobId) contactsMoved += countJob(job).moved;
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
