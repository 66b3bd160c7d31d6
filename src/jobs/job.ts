import type { PlannedContact, SkippedContact } from "../core/migration-plan.ts";
import type { ProfileItemReport } from "../protocol/profile/profile-report.ts";
import type { PlannedRoom } from "../core/room-plan.ts";
import type { BackupProfile } from "../importers/read-account-backup.ts";

/**
 * One move of one account, as journaled in the store after every step. The
 * journal plus the target's roster are the truth a resumed job starts from.
 */
export type JobStatus = "planned" | "running" | "interrupted" | "done" | "cancelled" | "failed";
export type JobPhase = "contacts" | "profile" | "statement" | "rooms" | "notices" | "finished";
export type ContactState = "pending" | "done" | "failed";

export interface JobContact extends PlannedContact {
  state: ContactState;
  /** Stanza error condition of the last failed attempt. */
  error?: string;
  /** The subscription request went out (never sent twice). */
  subscribeSent?: boolean;
  /**
   * The contact could see the user, but the new server has no pre-approval (RFC 6121 3.4), so
   * none was given: the user approves the contact's request when it comes.
   */
  preApprovalUnsupported?: boolean;
  /** A subscription presence to the contact (the request, or the pre-approval) came back with this error condition. */
  requestError?: string;
  /** The plain chat notice from the old account went out. */
  noticeSent?: boolean;
  /** The notice came back: the error condition of the bounce (absent: none came, as in records from before bounces were heard). */
  noticeError?: string;
}

/**
 * A bookmarked group chat in a move's journal. Each message that cannot be
 * taken back (invitation, request, notice) is marked before it leaves, so a
 * crash may cost one but never sends it twice; a grant is checked against
 * the room's list first, so it is never set twice.
 */
export interface JobRoom extends PlannedRoom {
  state: "pending" | "done" | "failed";
  /** What the step did: `granted`, `already` (the new address had it), `invited`, or `none`. */
  outcome?: "granted" | "already" | "invited" | "none";
  /** The room's error condition when the step failed. */
  error?: string;
  inviteSent?: boolean;
  /** The owners and admins were asked (the request went out to each of `managers`). */
  requestSent?: boolean;
  noticeSent?: boolean;
  /** The notice did not get through: the join's or the message's error condition. */
  noticeError?: string;
}

/** A move (account to account), an import (a contact file into an account), or a restore (a backup file onto an account). */
export type JobKind = "move" | "import" | "restore";

export interface Job {
  id: string;
  kind: JobKind;
  /** Who talks to Ferry: for a move, the old account. */
  user: string;
  /** The account contacts are written to. */
  target: string;
  status: JobStatus;
  phase: JobPhase;
  createdAt: string;
  updatedAt: string;
  /** Also send each contact a chat message from the old account. */
  notifyContacts: boolean;
  groups: string[];
  contacts: JobContact[];
  skipped: SkippedContact[];
  /** An import's contacts whose own request to see the user was never answered: added without approval or a request, and named in the report. */
  unanswered?: string[];
  profile?: ProfileItemReport[];
  /** A move's bookmarked group chats (absent in jobs from before rooms were followed, and in imports). */
  rooms?: JobRoom[];
  /** Also post a short notice in each room from the old account. */
  roomNotices?: boolean;
  /** Ask the owners and admins of rooms where the old account's rights fall short; `text` is the user's own words. */
  roomRequests?: { text?: string };
  /** "published", or the error condition. */
  statement?: string;
  /**
   * A backup of the old account the user asked for with the plan (`history`: the backup's history choice),
   * made at the start of the job while both accounts are signed in, and only once: a backup a restart
   * cut short (`running` when the job resumes) is reported as `interrupted`, not made again.
   */
  historyBackup?: { history: string; state: "pending" | "running" | "done" | "failed" | "interrupted" };
  /** A restore's file: whose account it holds, and the profile to write after the contacts (each part journaled in `profile`). */
  backup?: { from: string; profile: BackupProfile };
  error?: string;
}

export function newJob(
  kind: JobKind,
  id: string,
  user: string,
  target: string,
  contacts: PlannedContact[],
  skipped: SkippedContact[],
  groups: string[],
  now = new Date(),
): Job {
  return {
    id,
    kind,
    user,
    target,
    status: "planned",
    phase: "contacts",
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    notifyContacts: false,
    groups,
    contacts: contacts.map((c) => ({ ...c, state: "pending" })),
    skipped,
  };
}

/** Who gets the chat notice: every added contact when the user asked, else those whose server may strip `<moved/>`. */
export const getsNotice =
  (job: Job) =>
  (contact: JobContact): boolean =>
    contact.state === "done" && (job.notifyContacts || contact.noticeRequired === true);

export interface JobCounts {
  total: number;
  moved: number;
  failed: number;
  pending: number;
  skipped: number;
  requested: number;
  /** Contacts that may see the user already: pre-approved, or approved on the new account before. */
  preApproved: number;
  /** Contacts that would have been pre-approved on a server with pre-approval. */
  needApproval: number;
}

export function countJob(job: Job): JobCounts {
  const moved = job.contacts.filter((c) => c.state === "done");
  return {
    total: job.contacts.length + job.skipped.length,
    moved: moved.length,
    failed: job.contacts.filter((c) => c.state === "failed").length,
    pending: job.contacts.filter((c) => c.state === "pending").length,
    skipped: job.skipped.length,
    requested: moved.filter((c) => c.subscribe && !c.requestError).length,
    preApproved: moved.filter((c) => c.preApprove && !c.preApprovalUnsupported && !c.requestError).length,
    needApproval: moved.filter((c) => c.preApprovalUnsupported).length,
  };
}
