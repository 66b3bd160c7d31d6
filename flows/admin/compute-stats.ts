import { countJob } from "../../src/jobs/job.ts";
import type { JobStore } from "../../src/jobs/job-store.ts";
import { moveStateOf, readMoves, type MoveState, type UserMoves } from "./move-state.ts";

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
  for (const { job, finished } of input.moves) {
    if (finished) dayOf(finished.last.at).moved += 1;
    if (job && job.status !== "planned") dayOf(job.createdAt).started += 1;
  }
  return {
    generatedAt: input.now.toISOString(),
    users,
    usersComplete: input.accountsComplete,
    contactsMoved: countContactsMoved(input.moves),
    importsDone: input.importsDone,
    broadcasts: input.broadcasts,
    noticesSent: input.noticesSent,
    days: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, c]) => ({ day, ...c })),
  };
}

/** Contacts moved by everyone's finished moves and by the move each person has going. */
export function countContactsMoved(moves: UserMoves[]): number {
  let n = 0;
  for (const { job, finished } of moves) {
    n += finished?.contacts ?? 0;
    // A finished job's contacts are in its record already.
    if (job && job.status !== "planned" && job.id !== finished?.last.jobId) n += countJob(job).moved;
  }
  return n;
}

/** What the metrics show of the move journal: people who started a move, by state, and the contacts moved. */
export async function moveTotals(jobs: JobStore): Promise<{ states: Record<Exclude<MoveState, "not-started">, number>; contactsMoved: number }> {
  const moves = await readMoves(jobs);
  const states = { "in-progress": 0, moved: 0, failed: 0 };
  for (const m of moves) {
    const state = moveStateOf(m);
    if (state !== "not-started") states[state] += 1;
  }
  return { states, contactsMoved: countContactsMoved(moves) };
}
