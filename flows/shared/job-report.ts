import type { Catalog } from "../../src/i18n/catalog.ts";
import type { Job, JobRoom } from "../../src/jobs/job.ts";
import type { RoomTexts } from "../../src/jobs/room-follower.ts";
import { countJob, getsNotice } from "../../src/jobs/job.ts";
import type { JobEvent } from "../../src/jobs/job-events.ts";
import { longList } from "../../src/i18n/cut-list.ts";

/**
 * A list for the first message, cut by longList with "and N more in the next messages";
 * the rest goes to `followUps` under the same title, so the report names every entry.
 */
function listed(catalog: Catalog, lang: string, title: string, items: string[], followUps: string[]): string {
  const list = longList(items.map((i) => `• ${i}`));
  followUps.push(...list.followUps.map((page) => [title, ...page].join("\n")));
  const more = list.more ? [catalog.t(lang, list.more.key, list.more.args)] : [];
  return [title, ...list.first, ...more].join("\n");
}

/**
 * The end-of-job report: every entry of the source (roster or file) is counted
 * as done, failed (with the server's reason) or skipped (with Ferry's reason),
 * and every failed or skipped one is named. Long lists continue in further
 * messages after the first.
 */
export function renderJobReport(catalog: Catalog, lang: string, job: Job): string[] {
  const c = countJob(job);
  const head = catalog.t(lang, job.status === "cancelled" ? `${job.kind}-report-cancelled` : `${job.kind}-report-done`, { target: job.target });
  const parts = [
    head,
    catalog.t(lang, `${job.kind}-report-counts`, { total: c.total, moved: c.moved, requested: c.requested, preApproved: c.preApproved, failed: c.failed, skipped: c.skipped, pending: c.pending }),
  ];
  // Counted apart from "allowed to see you": the user has to let these in when they ask.
  if (c.needApproval > 0) parts.push(catalog.t(lang, "report-no-pre-approval", { count: c.needApproval }));
  const followUps: string[] = [];
  const failed = job.contacts.filter((x) => x.state === "failed");
  if (failed.length > 0) {
    const items = failed.map((x) => catalog.t(lang, "report-failed-item", { jid: x.jid, reason: x.error ?? "unknown" }));
    parts.push(listed(catalog, lang, catalog.t(lang, "report-failed-title"), items, followUps));
  }
  // Added, but the request or pre-approval came back: these contacts do not know yet.
  const refused = job.contacts.filter((x) => x.state === "done" && x.requestError);
  if (refused.length > 0) {
    const items = refused.map((x) => catalog.t(lang, "report-failed-item", { jid: x.jid, reason: x.requestError! }));
    parts.push(listed(catalog, lang, catalog.t(lang, "report-requests-refused", { count: refused.length }), items, followUps));
  }
  if (job.skipped.length > 0) {
    const items = job.skipped.map((x) => catalog.t(lang, "report-skipped-item", { jid: x.jid, reason: x.reason }));
    parts.push(listed(catalog, lang, catalog.t(lang, "report-skipped-title"), items, followUps));
  }
  // Added, yet neither approved nor asked: the user should know why these do not see them online.
  const unanswered = new Set(job.unanswered);
  const addedUnanswered = job.contacts.filter((x) => x.state === "done" && unanswered.has(x.jid));
  if (addedUnanswered.length > 0) {
    const items = addedUnanswered.map((x) => catalog.t(lang, "import-unanswered-item", { jid: x.jid }));
    parts.push(listed(catalog, lang, catalog.t(lang, "import-report-unanswered-title"), items, followUps));
  }
  // Kinds of data the old account did not have are not worth a line each.
  const profile = (job.profile ?? []).filter((p) => p.outcome !== "none");
  if (profile.length > 0) {
    const items = profile.map((p) =>
      catalog.t(lang, "report-profile-item", { item: p.item, outcome: p.outcome, count: p.count ?? 0, condition: p.condition ?? "none", lost: (p.lost ?? []).join(", ") }),
    );
    parts.push(listed(catalog, lang, catalog.t(lang, "report-profile-title"), items, followUps));
  }
  // Made (or not) before anything else; a backup still pending or running when the job ends was cut short.
  if (job.historyBackup && job.historyBackup.history !== "none") {
    const state = job.historyBackup.state === "done" || job.historyBackup.state === "failed" ? job.historyBackup.state : "interrupted";
    parts.push(catalog.t(lang, "report-history-backup", { state }));
  }
  if (job.statement) {
    parts.push(job.statement === "published" ? catalog.t(lang, "report-statement-ok", { target: job.target }) : catalog.t(lang, "report-statement-failed", { reason: job.statement }));
  }
  if (job.rooms && job.rooms.length > 0) {
    const items = job.rooms.map((r) => roomReportLines(catalog, lang, job, r).join("\n  "));
    parts.push(listed(catalog, lang, catalog.t(lang, "report-rooms-title", { count: job.rooms.length }), items, followUps));
  }
  const sent = job.contacts.filter((x) => x.noticeSent);
  if (job.notifyContacts || sent.length > 0) {
    parts.push(catalog.t(lang, "report-notices", { count: sent.length }));
    // Sent, yet came back with an error: the user should tell these contacts some other way.
    const bounced = sent.filter((x) => x.noticeError);
    if (bounced.length > 0) {
      const items = bounced.map((x) => catalog.t(lang, "report-failed-item", { jid: x.jid, reason: x.noticeError! }));
      parts.push(listed(catalog, lang, catalog.t(lang, "report-notices-bounced", { count: bounced.length }), items, followUps));
    }
  }
  return [parts.join("\n"), ...followUps];
}

/** What the job is doing now, in a line: contacts written, then the profile and statement, then the notices. */
export function renderJobProgress(catalog: Catalog, lang: string, job: Job): string {
  switch (job.phase) {
    case "profile":
    case "statement":
      return catalog.t(lang, job.kind === "restore" ? "restore-progress-profile" : "job-progress-profile");
    case "rooms":
      return catalog.t(lang, "job-progress-rooms", { done: (job.rooms ?? []).filter((r) => r.state !== "pending").length, total: job.rooms?.length ?? 0 });
    case "notices": {
      const getting = job.contacts.filter(getsNotice(job));
      return catalog.t(lang, "job-progress-notices", { sent: getting.filter((x) => x.noticeSent).length, total: getting.length });
    }
    default: {
      const c = countJob(job);
      return catalog.t(lang, "job-progress", { done: c.moved + c.failed, total: job.contacts.length });
    }
  }
}

/** What the user reads about a job event: a progress line, the report, or why it stopped. */
export function jobMessages(catalog: Catalog, lang: string, event: JobEvent): string[] {
  const { job } = event;
  switch (event.type) {
    case "progress":
      return [renderJobProgress(catalog, lang, job)];
    case "finished":
      return renderJobReport(catalog, lang, job);
    case "interrupted":
      return [catalog.t(lang, `${job.kind}-interrupted`)];
  }
}

/** The plain chat notice a contact gets from the old account when the user asked to tell everyone. */
export function contactNotice(catalog: Catalog, lang: string, job: Job): string {
  // The link is one variable so right-to-left isolation marks wrap it whole and it stays clickable.
  return catalog.t(lang, "move-contact-notice", { old: job.user, target: job.target, link: `xmpp:${job.target}?roster` });
}

/** Why a room gets less than the old address had there, when it does; shared by the plan and the report. */
export function roomWhy(catalog: Catalog, lang: string, room: Pick<JobRoom, "reason">): string[] {
  return room.reason ? [catalog.t(lang, "room-why", { reason: room.reason })] : [];
}

/** One room in the report: what the step did and why, then the request to its owners and the notice, where they apply. */
function roomReportLines(catalog: Catalog, lang: string, job: Job, room: JobRoom): string[] {
  const outcome = room.state === "failed" ? "failed" : room.state === "pending" ? "pending" : room.outcome === "granted" ? `granted-${room.step === "grant-owner" ? "owner" : "member"}` : room.outcome ?? "none";
  const lines = [catalog.t(lang, "report-room-item", { room: room.jid, affiliation: room.affiliation, outcome, error: room.error ?? "" })];
  lines.push(...roomWhy(catalog, lang, room));
  if (room.wanted) {
    const request = room.requestSent ? "sent" : room.managers.length === 0 ? "hidden" : job.roomRequests ? "pending" : "declined";
    lines.push(catalog.t(lang, "report-room-request", { request, wanted: room.wanted, count: room.managers.length }));
  }
  if (job.roomNotices) {
    const notice = room.noticeBar ?? (room.noticeError ? "failed" : room.noticeSent ? "sent" : "pending");
    lines.push(catalog.t(lang, "report-room-notice", { notice, error: room.noticeError ?? "" }));
  }
  return lines;
}

/** What the old account says in and about the user's group chats; the user's own words, when given, for the request. */
export function roomTexts(catalog: Catalog, lang: string, job: Job): RoomTexts {
  return {
    reason: () => catalog.t(lang, "room-grant-reason", { old: job.user, target: job.target }),
    request: (room) => job.roomRequests?.text ?? catalog.t(lang, "room-request-default", { old: job.user, target: job.target, room: room.jid, wanted: room.wanted ?? "member" }),
    notice: () => catalog.t(lang, "room-notice", { old: job.user, target: job.target }),
  };
}
