import { fromPromise } from "xstate";
import type { UploadErrorCode } from "../../src/protocol/account/http-upload.ts";
import { computeStats, type Stats } from "./compute-stats.ts";
import { renderStatsChart } from "./stats-chart.ts";
import { readMoves } from "./move-state.ts";
import type { AdminServices } from "./admin-services.ts";

/**
 * The numbers, and the JSON export as a download link (with the chart's, when that upload worked too),
 * or the JSON as text when the upload failed.
 */
export type StatsResult = { stats: Stats } & ({ url: string; chartUrl?: string } | { uploadError: UploadErrorCode; json: string });

/**
 * Counts everything from the journals, and uploads the same numbers as JSON
 * and as a chart in the admin's language through the bot's own server.
 */
export const statsActor = (s: AdminServices) =>
  fromPromise<StatsResult, { user: string }>(async ({ input }) => {
    const registered = await s.audiences.registered();
    const broadcasts = (await Promise.all((await s.broadcasts.ids()).map((id) => s.broadcasts.get(id)))).filter((b) => b !== undefined);
    const reports = await Promise.all(broadcasts.map((b) => s.sender.report(b)));
    const stats = computeStats({
      moves: await readMoves(s.jobs),
      accounts: registered.users,
      accountsComplete: registered.complete,
      importsDone: await s.countImportsDone(),
      broadcasts: broadcasts.length,
      noticesSent: reports.reduce((n, r) => n + r.sent, 0),
      now: s.now(),
    });
    const json = JSON.stringify(stats, null, 2);
    const name = `ferry-stats-${stats.generatedAt.slice(0, 10)}`;
    const uploaded = await s.upload({ filename: `${name}.json`, contentType: "application/json", data: new TextEncoder().encode(json) });
    if ("error" in uploaded) return { stats, uploadError: uploaded.error, json };
    const chart = await s.upload({ filename: `${name}.png`, contentType: "image/png", data: await renderStatsChart(stats, s.catalog, await s.language(input.user)) });
    // The chart only repeats the numbers: without it, the table and the JSON still say everything.
    return { stats, url: uploaded.getUrl, ...("getUrl" in chart ? { chartUrl: chart.getUrl } : {}) };
  });
