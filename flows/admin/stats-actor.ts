import { fromPromise } from "xstate";
import type { UploadErrorCode } from "../../src/protocol/account/http-upload.ts";
import { computeStats, type Stats } from "./compute-stats.ts";
import { readMoves } from "./move-state.ts";
import type { AdminServices } from "./admin-services.ts";

/** The numbers, and the JSON export as a download link, or as text when the upload failed. */
export type StatsResult = { stats: Stats } & ({ url: string } | { uploadError: UploadErrorCode; json: string });

/** Counts everything from the journals, and uploads the same numbers as JSON through the bot's own server. */
export const statsActor = (s: AdminServices) =>
  fromPromise<StatsResult, void>(async () => {
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
    const uploaded = await s.upload({
      filename: `ferry-stats-${stats.generatedAt.slice(0, 10)}.json`,
      contentType: "application/json",
      data: new TextEncoder().encode(json),
    });
    return "error" in uploaded ? { stats, uploadError: uploaded.error, json } : { stats, url: uploaded.getUrl };
  });
