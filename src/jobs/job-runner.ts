import type { AccountSession } from "../protocol/connection/account-session.ts";
import { readRoster, type RosterItem, type RequestNote } from "../protocol/account/roster.ts";
import { sendChat, ping } from "../protocol/chat-message.ts";
import { getsNotice, type Job, type JobContact } from "./job.ts";
import type { ServerLane } from "./server-pace.ts";
import { pacedSession } from "./paced-session.ts";
import type { ProfileItemReport } from "../protocol/profile/profile-report.ts";
import { addContact, subscriptionPresences } from "./roster-writer.ts";
import type { SubscriptionPace, SubscriptionTurn } from "./subscription-pace.ts";
import type { DestinationPaces } from "./destination-pace.ts";
import { conditionOf, isStanzaError } from "../protocol/stanza-error.ts";
import { domainOf } from "../core/jid.ts";
import { onMessageBounces, onPresenceBounces } from "../protocol/message-bounce.ts";
import { followRoom, type RoomTexts } from "./room-follower.ts";
import { RESTORE_PARTS, type RestorePart } from "../protocol/profile/restore-profile.ts";
import type { BackupProfile } from "../importers/read-account-backup.ts";

/**
 * Contacts written at once, to hide the round trips. Under a rate limit about
 * one second's worth of the job's share of the server, so a cancel (checked
 * before every contact) ends the job within a second or so; unlimited, 64.
 */
const windowFor = (lane: ServerLane) => (lane.perSecond > 0 ? Math.min(64, Math.max(1, Math.ceil(lane.perSecond))) : 64);
/** A notice's id ends in the contact's index in the job, so its bounce names the contact. */
const NOTICE_ID_PREFIX = "ferry-notice.";
/** The longest wait for notice bounces after the last notice (answered pings usually end it much sooner). */
const BOUNCE_GRACE_MS = 3_000;

/** The job's turns toward each server it sends to (see ServerPace). */
export interface JobLanes {
  target: ServerLane;
  /** The old account's server; absent when it is the target's (or there is no old account). */
  old?: ServerLane;
}

export interface JobRunnerDeps {
  lanes: JobLanes;
  /** Journals the job (called after every window of contacts, every notice, every room step and every phase). */
  save(job: Job): Promise<void>;
  /**
   * Called now and then while the job works, in every phase (contacts,
   * profile, statement, notices), at most once per `progressEveryMs`.
   */
  progress(job: Job): void;
  cancelled(): boolean;
  /** What each subscription request carries (the old address for a move, the nickname for an import). */
  requestNote: RequestNote;
  copyProfile(old: AccountSession, target: AccountSession): Promise<ProfileItemReport[]>;
  publishStatement(old: AccountSession, newJid: string): Promise<void>;
  /** Writes one part of a restore's profile (restore-profile.ts); reports, never throws for a server's refusal. */
  restorePart(part: RestorePart, profile: BackupProfile, target: AccountSession): Promise<ProfileItemReport>;
  /** The plain chat notice a contact gets from the old account. */
  noticeFor(contact: JobContact): string;
  /** What the old account says in and about the user's group chats. */
  roomTexts: RoomTexts;
  /** The target server's limit on subscription presences (FERRY_SUBSCRIBE_RATE), when it has one. */
  subscriptions?: SubscriptionPace;
  /** The contact servers' limits on subscription presences arriving from another server (FERRY_SUBSCRIBE_RATE), shared by every job. */
  destinations?: DestinationPaces;
  retryDelayMs?: number;
  progressEveryMs?: number;
}

/** The accounts a job works on: imports write to `target` only; moves also read and mark `old`. */
export interface JobAccounts {
  old?: AccountSession;
  target: AccountSession;
}

/**
 * Moves a journaled job forward from wherever it stands. The target's roster
 * is read first: an item that is already there, or a request that is already
 * pending (`ask`), is not written or sent again, so a resumed job never
 * duplicates anything. A session that fails other than with a stanza error
 * (the connection is gone) stops the job with that error where it stands,
 * nothing after it journaled as done: the job engine marks it interrupted.
 */
export async function runJob(job: Job, accounts: JobAccounts, deps: JobRunnerDeps): Promise<Job> {
  // The profile copy and the statement turn every error into a report: the
  // sessions tell whether one was a lost connection, which must stop the job instead.
  let broken: { err: unknown } | undefined;
  const lost = (err: unknown) => (broken ??= { err });
  const lanes = { target: deps.lanes.target, old: deps.lanes.old ?? deps.lanes.target };
  const old = accounts.old && watched(accounts.old, lanes.old, lost);
  const target = watched(accounts.target, lanes.target, lost);
  /** Throws the first connection failure since `watch` (a contact's timeout retried earlier does not count). */
  const connected = () => {
    if (broken) throw broken.err;
  };
  const watch = () => (broken = undefined);
  job.status = "running";
  await deps.save(job);
  let lastProgress = Date.now();
  const progressEvery = deps.progressEveryMs ?? 5_000;
  // Each journaled step is a moment to tell the user the job goes on, so no phase
  // (a paced notice loop can take minutes) leaves them without word.
  const checkpoint = async () => {
    await deps.save(job);
    // A finished job's report follows at once.
    if (job.phase === "finished" || Date.now() - lastProgress < progressEvery) return;
    lastProgress = Date.now();
    deps.progress(job);
  };

  // A subscription presence a server refuses comes back as a presence error (the contact's server
  // does not exist; ejabberd's flood limit): journaled with the next write, and named in the report.
  // The session sends no other presence, so any error from a contact of the job answers one of them.
  const byJid = new Map(job.contacts.map((c) => [c.jid, c]));
  onPresenceBounces(target, (from, condition) => {
    const contact = byJid.get(from.toLowerCase());
    if (contact && job.status === "running") contact.requestError = condition;
  });
  if (job.phase === "contacts") {
    const existing = new Map<string, RosterItem>((await readRoster(pacedSession(target, lanes.target))).map((i) => [i.jid.toLowerCase(), i]));
    const pending = job.contacts.filter((c) => c.state === "pending");
    // A window of contacts is written concurrently (their requests pipelined on one
    // connection) and journaled together. A crash inside a window is safe: the
    // target's roster shows what already happened, and nothing is sent twice.
    const opts = { lane: lanes.target, requestNote: deps.requestNote, retryDelayMs: deps.retryDelayMs, cancelled: deps.cancelled };
    const presences = (c: JobContact) => subscriptionPresences(c, existing.get(c.jid), target.preApproval);
    const paces = requestPaces(deps, presences);
    for (let written = 0; written < pending.length; ) {
      if (deps.cancelled()) return stop(job, deps, "cancelled");
      // Sized anew each time: the job's share of the server changes as other jobs come and go.
      const window = paces.window(pending.slice(written, written + windowFor(lanes.target)));
      const turns = await paces.take(window, deps.cancelled);
      if (!turns) return stop(job, deps, "cancelled");
      written += window.length;
      try {
        // Settled together, so the journal holds every contact of the window that got through.
        const results = await Promise.allSettled(window.map((contact) => addContact(target, contact, existing.get(contact.jid), { ...opts, subscriptionSent: turns.sent(contact) })));
        const failure = results.find((r) => r.status === "rejected");
        if (failure) throw failure.reason;
      } finally {
        turns.done();
      }
      await checkpoint();
    }
    // The server answers in order: once it has answered a ping, its own refusals of the requests are in.
    if (pending.length > 0) await ping(target, domainOf(job.target.toLowerCase()));
    // An import ends with its contacts; a move goes on to the profile and the statement, a restore to the file's profile.
    job.phase = job.backup || (job.kind === "move" && old) ? "profile" : "finished";
    await checkpoint();
  }
  if (job.phase === "profile" && job.backup) {
    // Each part is journaled once written, so a resumed restore goes on with the next one.
    job.profile ??= [];
    for (const part of RESTORE_PARTS) {
      if (job.profile.some((p) => p.item === part)) continue;
      if (deps.cancelled()) return stop(job, deps, "cancelled");
      watch();
      const report = await deps.restorePart(part, job.backup.profile, pacedSession(target, lanes.target));
      connected();
      job.profile.push(report);
      await checkpoint();
    }
    job.phase = "finished";
    await checkpoint();
  }
  if (job.phase === "profile" && old) {
    if (deps.cancelled()) return stop(job, deps, "cancelled");
    watch();
    const profile = await deps.copyProfile(pacedSession(old, lanes.old), pacedSession(target, lanes.target));
    connected();
    job.profile = profile;
    job.phase = "statement";
    await checkpoint();
  }
  if (job.phase === "statement" && old) {
    if (deps.cancelled()) return stop(job, deps, "cancelled");
    watch();
    try {
      await deps.publishStatement(pacedSession(old, lanes.old), job.target);
      job.statement = "published";
    } catch (err) {
      connected();
      job.statement = conditionOf(err);
    }
    job.phase = "rooms";
    await checkpoint();
  }
  if (job.phase === "rooms" && old) {
    for (const room of job.rooms ?? []) {
      if (deps.cancelled()) return stop(job, deps, "cancelled");
      watch();
      await followRoom(pacedSession(old, lanes.old), job, room, deps.roomTexts, checkpoint);
      connected();
    }
    job.phase = "notices";
    await checkpoint();
  }
  if (job.phase === "notices" && old) {
    if (job.contacts.some(getsNotice(job)) && (await sendNotices(job, old, lanes.old, deps, checkpoint)) === "cancelled") return stop(job, deps, "cancelled");
    job.phase = "finished";
  }
  return stop(job, deps, "done");
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** A window's subscription turns: each contact's presences tell the paces they go through. */
interface WindowTurns {
  sent(contact: JobContact): () => void;
  done(): void;
}

/**
 * The paces a job's subscription presences wait for: its session's (all of them), and the
 * contact server's for contacts on a server that counts arrivals (`serverCountsRequests`).
 * A stanza waits for both. A window carries at most one burst of paced presences, toward at
 * most one contact server: a job never waits for one server's quiet while it holds a turn
 * at another's, which another job might be waiting for.
 */
function requestPaces(deps: JobRunnerDeps, presences: (c: JobContact) => number) {
  const { subscriptions, destinations } = deps;
  const destinationOf = (c: JobContact) => (destinations && c.serverCountsRequests && presences(c) > 0 ? domainOf(c.jid) : undefined);
  const paced = (c: JobContact) => (subscriptions || destinationOf(c) ? presences(c) : 0);
  const burst = subscriptions?.burst ?? destinations?.rate.burst ?? Infinity;
  return {
    /** The longest start of `window` one burst carries (at least one contact). */
    window(window: JobContact[]): JobContact[] {
      let total = 0;
      let server: string | undefined;
      for (const [i, contact] of window.entries()) {
        total += paced(contact);
        const to = destinationOf(contact);
        if (i > 0 && (total > burst || (to && server && to !== server))) return window.slice(0, i);
        server ??= to;
      }
      return window;
    },
    /** Waits for every pace the window's presences go through (undefined: cancelled meanwhile). */
    async take(window: JobContact[], cancelled: () => boolean): Promise<WindowTurns | undefined> {
      // Taken before a presence leaves, so a crash while waiting has sent nothing the journal does not know.
      const own = subscriptions && (await subscriptions.take(sum(window.map(presences)), cancelled));
      if (subscriptions && !own) return undefined;
      const server = window.map(destinationOf).find((d) => d !== undefined);
      let there: SubscriptionTurn | undefined;
      if (server && destinations) {
        there = await destinations.of(server).take(sum(window.filter((c) => destinationOf(c) === server).map(presences)), cancelled);
        if (!there) {
          own?.done();
          return undefined;
        }
      }
      const counted = new Set(window.filter((c) => destinationOf(c) !== undefined));
      return {
        sent: (contact) => () => {
          own?.sent();
          if (counted.has(contact)) there?.sent();
        },
        done: () => {
          own?.done();
          there?.done();
        },
      };
    },
  };
}

/**
 * Sends the plain chat notice from the old account to every added contact that gets one (getsNotice), and
 * hears the error bounces that come back for them on that account's session
 * (the contact's server does not exist, or refuses it): the contact's notice
 * then carries the error condition, journaled with the job.
 */
async function sendNotices(job: Job, old: AccountSession, lane: ServerLane, deps: JobRunnerDeps, checkpoint: () => Promise<void>): Promise<"sent" | "cancelled"> {
  // The session keeps its listeners until it closes, so this one stops hearing once the job stops waiting.
  let listening = true;
  onMessageBounces(old, NOTICE_ID_PREFIX, (bounce) => {
    const contact = listening ? job.contacts[Number(bounce.ref)] : undefined;
    // Journaled with the next write: a checkpoint, or the job's end.
    if (contact) contact.noticeError = bounce.condition;
  });
  const domains = new Set<string>();
  try {
    for (const [i, contact] of job.contacts.entries()) {
      if (deps.cancelled()) return "cancelled";
      if (!getsNotice(job)(contact) || contact.noticeSent) continue;
      await lane.take();
      // Journaled before it leaves: no server can tell a sent notice from an unsent one, so a crash
      // between the two must cost this contact its notice rather than send it a second one.
      contact.noticeSent = true;
      await checkpoint();
      await sendChat(old, contact.jid, deps.noticeFor(contact), { id: `${NOTICE_ID_PREFIX}${i}` });
      domains.add(domainOf(contact.jid));
    }
    await awaitBounces(old, domains, lane);
    return "sent";
  } finally {
    listening = false;
  }
}

/**
 * Waits for the bounces of the notices just sent, at most BOUNCE_GRACE_MS:
 * each domain that got one is pinged (XEP-0199) after the last notice. Servers
 * handle a stream's stanzas in order, so once a domain's ping is answered (or
 * bounces itself), the bounces of the notices sent there before are in.
 */
async function awaitBounces(old: AccountSession, domains: Set<string>, lane: ServerLane): Promise<void> {
  if (domains.size === 0) return;
  const deadline = Date.now() + BOUNCE_GRACE_MS;
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, BOUNCE_GRACE_MS);
  });
  const answered = (async () => {
    const pings: Promise<unknown>[] = [];
    for (const domain of domains) {
      await lane.take();
      // The report goes out at the deadline: a ping sent later would be waited for by no one.
      if (Date.now() >= deadline) return;
      pings.push(ping(old, domain));
    }
    await Promise.all(pings);
  })();
  await Promise.race([answered, graceOver]);
  clearTimeout(timer);
}

/**
 * The session as the job uses it, telling `lost` when a request fails other
 * than with a stanza error, and the server's lane every failure (one asking
 * to slow down slows every job going there).
 */
function watched(session: AccountSession, lane: ServerLane, lost: (err: unknown) => void): AccountSession {
  const heard =
    (sentAt: number) =>
    (err: unknown): never => {
      lane.heard(err, sentAt);
      if (!isStanzaError(err)) lost(err);
      throw err;
    };
  return {
    jid: session.jid,
    preApproval: session.preApproval,
    iq: (type, child, to) => {
      const sentAt = Date.now();
      return Promise.resolve().then(() => session.iq(type, child, to)).catch(heard(sentAt));
    },
    send: (stanza) => {
      const sentAt = Date.now();
      return Promise.resolve().then(() => session.send(stanza)).catch(heard(sentAt));
    },
    onStanza: (listener) => session.onStanza(listener),
    close: () => session.close(),
  };
}

async function stop(job: Job, deps: JobRunnerDeps, status: "done" | "cancelled"): Promise<Job> {
  job.status = status;
  await deps.save(job);
  return job;
}
