import { fromPromise } from "xstate";
import type { Job } from "../migration/job.ts";
import type { UploadErrorCode } from "../xmpp/http-upload.ts";
import { computeStats, type Stats } from "./stats.ts";
import type { AdminServices } from "./admin-services.ts";

export type StatsResult = { stats: Stats } & ({ url: string } | { uploadError: UploadErrorCode });

/** Counts everything from the journals, and uploads the same numbers as JSON through the bot's own server. */
export const statsActor = (s: AdminServices) =>
  fromPromise<StatsResult, void>(async () => {
    const users = await s.jobs.users();
    const jobs = (await Promise.all(users.map((u) => s.jobs.get(u)))).filter((j): j is Job => j !== undefined);
    const registered = await s.audiences.registered();
    const broadcasts = (await Promise.all((await s.broadcasts.ids()).map((id) => s.broadcasts.get(id)))).filter((b) => b !== undefined);
    const reports = await Promise.all(broadcasts.map((b) => s.sender.report(b)));
    const stats = computeStats({
      jobs,
      accounts: registered.users,
      accountsComplete: registered.complete,
      importsDone: await s.countImportsDone(),
      broadcasts: broadcasts.length,
      noticesSent: reports.reduce((n, r) => n + r.sent, 0),
      now: s.now(),
    });
    const uploaded = await s.upload({
      filename: `ferry-stats-${stats.generatedAt.slice(0, 10)}.json`,
      contentType: "application/json",
      data: new TextEncoder().encode(JSON.stringify(stats, null, 2)),
    });
    return "error" in uploaded ? { stats, uploadError: uploaded.error } : { stats, url: uploaded.getUrl };
  });
