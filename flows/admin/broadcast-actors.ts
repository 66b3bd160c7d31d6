import { fromPromise } from "xstate";
import type { AdminServices } from "./admin-services.ts";
import type { AudienceCounts, AudienceSpec } from "./audience.ts";
import type { NoticeTexts } from "./broadcast-store.ts";
import { composeNotice } from "./compose-notice.ts";
import { parseJidList } from "./audience.ts";

export const audienceCountsActor = (s: AdminServices) => fromPromise<AudienceCounts, void>(() => s.audiences.counts());

export interface Preview {
  /** How many people the chosen audience reaches now. */
  reach: number;
  /** The message as a user with each offered language gets it. */
  notices: { locale: string; text: string }[];
}

export const previewActor = (s: AdminServices) =>
  fromPromise<Preview, { texts: NoticeTexts; audience: AudienceSpec }>(async ({ input }) => ({
    reach: (await s.audiences.resolve(input.audience)).length,
    notices: s.catalog.offered.map((locale) => ({ locale, text: composeNotice(s.catalog, locale, input.texts, s.botJid) })),
  }));

export interface StartRequest {
  by: string;
  texts: NoticeTexts;
  audience: AudienceSpec;
  everyDays?: number;
  until?: string;
}

/** Sends the first run now; a repeating broadcast also gets its schedule. */
export const startBroadcastActor = (s: AdminServices) =>
  fromPromise<{ count: number }, StartRequest>(async ({ input }) => {
    const b = await s.launch({ by: input.by, texts: input.texts, audience: input.audience });
    if (input.everyDays && input.until) {
      await s.scheduler.create({ by: input.by, texts: input.texts, audience: input.audience, everyDays: input.everyDays, until: input.until });
    }
    return { count: b.recipients.length };
  });

export interface ScheduleView {
  id: string;
  everyDays: number;
  until: string;
  next: string;
  runs: number;
  excerpt: string;
}

const EXCERPT_CHARS = 60;

export const listSchedulesActor = (s: AdminServices) =>
  fromPromise<ScheduleView[], void>(async () =>
    (await s.broadcasts.schedules())
      .filter((x) => x.status === "active")
      .map((x) => {
        const text = (x.texts[s.catalog.defaultLocale] ?? "").replace(/\s+/g, " ").trim();
        return {
          id: x.id,
          everyDays: x.everyDays,
          until: x.until,
          next: x.nextAt.slice(0, 10),
          runs: x.runs,
          excerpt: text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text,
        };
      }),
  );

export const cancelScheduleActor = (s: AdminServices) => fromPromise<boolean, { id: string }>(({ input }) => s.scheduler.cancel(input.id));

/** An address list shared as a file (a long one does not fit in a chat message): its addresses, or why not. */
export const fetchListActor = (s: AdminServices) =>
  fromPromise<{ jids: string[]; invalid: string[] } | { error: string }, { url: string }>(async ({ input }) => {
    const got = await s.download(input.url);
    if ("error" in got) return { error: got.error };
    return parseJidList(new TextDecoder().decode(got));
  });
