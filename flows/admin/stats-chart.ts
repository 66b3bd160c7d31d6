import { createCanvas, type Canvas } from "@napi-rs/canvas";
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Title, Legend, type ChartConfiguration } from "chart.js";
import type { Catalog, MessageArgs } from "../../src/i18n/catalog.ts";
import { calendarDay } from "../../src/i18n/calendar-day.ts";
import type { Stats } from "./compute-stats.ts";
import type { MoveState } from "./move-state.ts";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, Legend);
// Skia finds the system's fonts; DejaVu Sans (Debian's fonts-dejavu-core) has Latin, Cyrillic and Arabic.
Chart.defaults.font.family = "DejaVu Sans, sans-serif";

export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 500;
/** The days the chart shows, ending with the day of the stats. */
export const CHART_DAYS = 14;
const DAYS_HEIGHT = 300;
const STATES: MoveState[] = ["not-started", "in-progress", "moved", "failed"];
const STATE_COLOURS: Record<MoveState, string> = { "not-started": "#9ca3af", "in-progress": "#f59e0b", moved: "#16a34a", failed: "#dc2626" };

/** The last CHART_DAYS calendar days up to the stats' own day, each with its counts (days without moves count zero). */
function lastDays(stats: Stats): Stats["days"] {
  const counted = new Map(stats.days.map((d) => [d.day, d]));
  const end = Date.parse(stats.generatedAt.slice(0, 10));
  return Array.from({ length: CHART_DAYS }, (_, i) => {
    const day = new Date(end - (CHART_DAYS - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    return counted.get(day) ?? { day, started: 0, moved: 0 };
  });
}

/** Draws one chart.js chart on a canvas of its own and copies it into `image` at `top`, so two charts share the image. */
function drawChart(image: Canvas, top: number, height: number, config: ChartConfiguration<"bar">): void {
  const canvas = createCanvas(image.width, height);
  // chart.js takes the 2D context of any canvas; its DOM types do not know Skia's.
  const chart = new Chart(canvas.getContext("2d") as unknown as ConstructorParameters<typeof Chart>[0], {
    ...config,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: 1 },
  });
  image.getContext("2d").drawImage(canvas, 0, top);
  // Destroying clears the canvas: only after the copy.
  chart.destroy();
}

/**
 * The stats as a PNG (CHART_WIDTH × CHART_HEIGHT) in the reader's language:
 * moves started and finished on each of the last CHART_DAYS days, and users by
 * state. Right-to-left languages read the days from the right.
 */
export async function renderStatsChart(stats: Stats, catalog: Catalog, lang: string): Promise<Uint8Array> {
  const t = (key: string, args?: MessageArgs) => catalog.t(lang, key, args);
  const rtl = catalog.isRightToLeft(lang);
  const days = lastDays(stats);
  const image = createCanvas(CHART_WIDTH, CHART_HEIGHT);
  const ctx = image.getContext("2d");
  // chart.js leaves the background transparent; chat clients may show it on a dark theme.
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, CHART_WIDTH, CHART_HEIGHT);
  drawChart(image, 0, DAYS_HEIGHT, {
    type: "bar",
    data: {
      labels: days.map((d) => t("stats-chart-day", { day: calendarDay(d.day) })),
      datasets: [
        { label: t("stats-chart-started"), data: days.map((d) => d.started), backgroundColor: "#f59e0b" },
        { label: t("stats-chart-moved"), data: days.map((d) => d.moved), backgroundColor: "#16a34a" },
      ],
    },
    options: {
      plugins: { title: { display: true, text: t("stats-chart-days-title", { days: CHART_DAYS }) }, legend: { rtl } },
      scales: { x: { reverse: rtl }, y: { beginAtZero: true, position: rtl ? "right" : "left", ticks: { precision: 0 } } },
    },
  });
  drawChart(image, DAYS_HEIGHT, CHART_HEIGHT - DAYS_HEIGHT, {
    type: "bar",
    data: {
      labels: STATES.map((s) => t(`stats-chart-state-${s}`)),
      datasets: [{ data: STATES.map((s) => stats.users[s]), backgroundColor: STATES.map((s) => STATE_COLOURS[s]) }],
    },
    options: {
      indexAxis: "y",
      plugins: { title: { display: true, text: t("stats-chart-users-title") }, legend: { display: false } },
      scales: { x: { beginAtZero: true, reverse: rtl, ticks: { precision: 0 } }, y: { position: rtl ? "right" : "left" } },
    },
  });
  return image.encode("png");
}
