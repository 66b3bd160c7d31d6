import type { Catalog } from "../i18n/catalog.ts";
import type { Job } from "./job.ts";
import { countJob } from "./job.ts";

/** How many names a report lists before it says "and N more". */
const LIST_LIMIT = 25;

function listed(catalog: Catalog, lang: string, items: string[]): string {
  const shown = items.slice(0, LIST_LIMIT).map((i) => `• ${i}`);
  if (items.length > LIST_LIMIT) shown.push(catalog.t(lang, "report-and-more", { count: items.length - LIST_LIMIT }));
  return shown.join("\n");
}

/**
 * The end-of-job report: every entry of the source (roster or file) is counted
 * as done, failed (with the server's reason) or skipped (with Ferry's reason).
 */
export function renderJobReport(catalog: Catalog, lang: string, job: Job): string {
  const c = countJob(job);
  const head = catalog.t(lang, job.status === "cancelled" ? `${job.kind}-report-cancelled` : `${job.kind}-report-done`, { target: job.target });
  const parts = [
    head,
    catalog.t(lang, `${job.kind}-report-counts`, { total: c.total, moved: c.moved, requested: c.requested, preApproved: c.preApproved, failed: c.failed, skipped: c.skipped, pending: c.pending }),
  ];
  const failed = job.contacts.filter((x) => x.state === "failed");
  if (failed.length > 0) {
    parts.push(catalog.t(lang, "report-failed-title"), listed(catalog, lang, failed.map((x) => catalog.t(lang, "report-failed-item", { jid: x.jid, reason: x.error ?? "unknown" }))));
  }
  if (job.skipped.length > 0) {
    parts.push(
      catalog.t(lang, "report-skipped-title"),
      listed(catalog, lang, job.skipped.map((x) => catalog.t(lang, "report-skipped-item", { jid: x.jid, reason: x.reason }))),
    );
  }
  // Kinds of data the old account did not have are not worth a line each.
  const profile = (job.profile ?? []).filter((p) => p.outcome !== "none");
  if (profile.length > 0) {
    parts.push(
      catalog.t(lang, "report-profile-title"),
      listed(catalog, lang, profile.map((p) => catalog.t(lang, "report-profile-item", { item: p.item, outcome: p.outcome, count: p.count ?? 0, condition: p.condition ?? "" }))),
    );
  }
  if (job.statement) {
    parts.push(job.statement === "published" ? catalog.t(lang, "report-statement-ok", { target: job.target }) : catalog.t(lang, "report-statement-failed", { reason: job.statement }));
  }
  if (job.notifyContacts) parts.push(catalog.t(lang, "report-notices", { count: job.contacts.filter((x) => x.noticeSent).length }));
  return parts.join("\n");
}

export function renderJobProgress(catalog: Catalog, lang: string, job: Job): string {
  const c = countJob(job);
  return catalog.t(lang, "job-progress", { done: c.moved + c.failed, total: job.contacts.length });
}
