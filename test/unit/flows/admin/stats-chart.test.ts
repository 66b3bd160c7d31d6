import { describe, it, expect } from "vitest";
import { join } from "node:path";
import { Catalog } from "../../../../src/i18n/catalog.ts";
import { renderStatsChart } from "../../../../flows/admin/stats-chart.ts";
import { computeStats, type Stats } from "../../../../flows/admin/compute-stats.ts";
import { pngColours, pngSize } from "../../../support/png.ts";

const catalog = Catalog.load(join(import.meta.dirname, "../../../../locales"), { defaultLocale: "en" });

const empty: Stats = computeStats({ moves: [], accounts: [], accountsComplete: true, importsDone: 0, broadcasts: 0, noticesSent: 0, now: new Date("2030-07-01T08:00:00Z") });
const busy: Stats = {
  ...empty,
  users: { "not-started": 40, "in-progress": 5, moved: 12, failed: 2 },
  days: [
    { day: "2030-06-25", started: 4, moved: 2 },
    { day: "2030-07-01", started: 9, moved: 6 },
  ],
};

describe("the stats chart", () => {
  it("is a PNG of 800 × 500 with a drawing on it, for empty stats too", async () => {
    for (const stats of [empty, busy]) {
      const png = await renderStatsChart(stats, catalog, "en");
      expect(pngSize(png)).toEqual({ width: 800, height: 500 });
      // A white page would have one colour: axes, labels and bars give many.
      expect(await pngColours(png)).toBeGreaterThan(10);
    }
  });

  it("is drawn from the numbers: other stats, another picture", async () => {
    const one = await renderStatsChart(busy, catalog, "en");
    const fewerMoved = await renderStatsChart({ ...busy, users: { ...busy.users, moved: 3 } }, catalog, "en");
    const otherDay = await renderStatsChart({ ...busy, days: [{ day: "2030-06-26", started: 4, moved: 2 }, busy.days[1]!] }, catalog, "en");
    expect(Buffer.from(fewerMoved).equals(Buffer.from(one))).toBe(false);
    expect(Buffer.from(otherDay).equals(Buffer.from(one))).toBe(false);
    // The same numbers draw the same picture: the differences above come from the numbers.
    expect(Buffer.from(await renderStatsChart(busy, catalog, "en")).equals(Buffer.from(one))).toBe(true);
  });

  it("is labelled in the reader's language, Arabic too", async () => {
    const english = Buffer.from(await renderStatsChart(busy, catalog, "en"));
    for (const lang of ["ar", "de", "ru"]) {
      const png = await renderStatsChart(busy, catalog, lang);
      expect(pngSize(png), lang).toEqual({ width: 800, height: 500 });
      expect(Buffer.from(png).equals(english), lang).toBe(false);
    }
  });
});
