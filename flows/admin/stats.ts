import { setup, emit, enqueueActions } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../../src/conversation/flow-contract.ts";
import { say } from "../../src/conversation/flow-contract.ts";
import type { AdminServices } from "./admin-services.ts";
import { statsActor } from "./stats-actor.ts";
import type { Stats } from "./compute-stats.ts";
import { calendarDay } from "../../src/i18n/calendar-day.ts";

/** Days shown in chat; the export has them all. */
const CHAT_DAYS = 14;

function tableArgs(st: Stats) {
  return {
    notStarted: st.users["not-started"],
    inProgress: st.users["in-progress"],
    moved: st.users.moved,
    failed: st.users.failed,
    complete: st.usersComplete ? "yes" : "no",
    contacts: st.contactsMoved,
    imports: st.importsDone,
    broadcasts: st.broadcasts,
    notices: st.noticesSent,
    days: { lines: st.days.length > 0 ? st.days.slice(-CHAT_DAYS).map((d) => ({ key: "stats-day", args: { ...d, day: calendarDay(d.day) } })) : [{ key: "stats-no-days" }] },
  };
}

/**
 * `stats` (admins): who has moved, in a short table, plus the same numbers as
 * JSON (a download, else the text) and as a chart (a PNG download). In chat the
 * chart's link comes alone, so clients show the image (see chat-router.ts).
 */
export function statsFlow(s: AdminServices): FlowDefinition {
  const machine = setup({
    types: { context: {} as FlowInput, input: {} as FlowInput, events: {} as FlowEvent, emitted: {} as Say },
    actors: { stats: statsActor(s) },
  }).createMachine({
    id: "stats",
    context: ({ input }) => input,
    initial: "counting",
    states: {
      counting: {
        invoke: {
          src: "stats",
          input: ({ context }) => ({ user: context.user }),
          onDone: {
            target: "done",
            actions: [
              emit(({ event }) => say("stats-table", tableArgs(event.output.stats))),
              enqueueActions(({ enqueue, event, context }) => {
                const out = event.output;
                if ("url" in out) {
                  enqueue.emit(say("stats-export", { url: out.url }));
                  if (out.chartUrl) enqueue.emit(context.channel === "chat" ? say({ raw: out.chartUrl }) : say("stats-chart", { url: out.chartUrl }));
                } else {
                  // Without a download the JSON comes as text, in a message of its own so it can be copied whole.
                  enqueue.emit(say("stats-export-inline", { reason: out.uploadError }, "warn"));
                  enqueue.emit({ ...say({ raw: out.json }), field: "export" });
                }
              }),
            ],
          },
          onError: "failed",
        },
      },
      done: { type: "final" },
      failed: { type: "final", entry: emit(() => say("error-internal", undefined, "error")) },
    },
  });
  return { id: "stats", version: 1, machine };
}
