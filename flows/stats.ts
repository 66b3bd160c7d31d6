import { setup, emit } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../src/conversation/flow-contract.ts";
import { say } from "../src/conversation/flow-contract.ts";
import type { AdminServices } from "../src/admin/admin-services.ts";
import { statsActor } from "../src/admin/stats-actor.ts";
import type { Stats } from "../src/admin/stats.ts";

/** Days shown in chat; the export has them all. */
const CHAT_DAYS = 14;

function tableArgs(st: Stats) {
  return {
    notStarted: st.users["not-started"],
    inProgress: st.users["in-progress"],
    moved: st.users.moved,
    stuck: st.users.stuck,
    complete: st.usersComplete ? "yes" : "no",
    contacts: st.contactsMoved,
    imports: st.importsDone,
    broadcasts: st.broadcasts,
    notices: st.noticesSent,
    days: { lines: st.days.length > 0 ? st.days.slice(-CHAT_DAYS).map((d) => ({ key: "stats-day", args: { ...d } })) : [{ key: "stats-no-days" }] },
  };
}

/** `stats` (admins): who has moved, in a short table, plus the same numbers as a JSON download. */
export function statsFlow(s: AdminServices): FlowDefinition {
  const machine = setup({
    types: { context: {} as Record<string, never>, input: {} as FlowInput, events: {} as FlowEvent, emitted: {} as Say },
    actors: { stats: statsActor(s) },
  }).createMachine({
    id: "stats",
    context: {},
    initial: "counting",
    states: {
      counting: {
        invoke: {
          src: "stats",
          onDone: {
            target: "done",
            actions: [
              emit(({ event }) => say("stats-table", tableArgs(event.output.stats))),
              emit(({ event }) => ("url" in event.output ? say("stats-export", { url: event.output.url }) : say("stats-no-export", { reason: event.output.uploadError }, "warn"))),
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
