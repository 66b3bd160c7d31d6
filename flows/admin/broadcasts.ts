import { setup, assign, emit } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../../src/conversation/flow-contract.ts";
import { say } from "../../src/conversation/flow-contract.ts";
import type { StepSpec } from "../../src/conversation/fields.ts";
import type { AdminServices } from "./admin-services.ts";
import { cancelScheduleActor, listSchedulesActor, type ScheduleView } from "./broadcast-actors.ts";
import { calendarDay } from "../../src/i18n/calendar-day.ts";

const KEEP = "keep";

const chooseStep = (c: { schedules: ScheduleView[] }): StepSpec => ({
  intro: "broadcasts-intro",
  introArgs: { count: c.schedules.length },
  fields: [
    {
      var: "schedule",
      type: "list-single",
      label: "broadcasts-ask-cancel",
      options: [
        ...c.schedules.map((x) => ({ value: x.id, label: "broadcasts-item", labelArgs: { ...x, until: calendarDay(x.until), next: calendarDay(x.next) } })),
        { value: KEEP, label: "broadcasts-keep" },
      ],
    },
  ],
});

/** `broadcasts` (admins): the repeating broadcasts still to come; cancel one. */
export function broadcastsFlow(s: AdminServices): FlowDefinition {
  const machine = setup({
    types: {
      context: {} as { schedules: ScheduleView[]; chosen?: string },
      input: {} as FlowInput,
      events: {} as FlowEvent,
      emitted: {} as Say,
    },
    actors: { list: listSchedulesActor(s), cancel: cancelScheduleActor(s) },
  }).createMachine({
    id: "broadcasts",
    context: { schedules: [] },
    initial: "loading",
    states: {
      loading: {
        invoke: {
          src: "list",
          onDone: [
            { guard: ({ event }) => event.output.length === 0, target: "done", actions: emit(() => say("broadcasts-none")) },
            { target: "choose", actions: assign({ schedules: ({ event }) => event.output }) },
          ],
          onError: "failed",
        },
      },
      choose: {
        meta: { step: chooseStep },
        on: {
          submit: [
            { guard: ({ event }) => event.values.schedule === KEEP, target: "done", actions: emit(() => say("broadcasts-kept")) },
            { target: "cancelling", actions: assign({ chosen: ({ event }) => String(event.values.schedule) }) },
          ],
        },
      },
      cancelling: {
        invoke: {
          src: "cancel",
          input: ({ context }) => ({ id: context.chosen! }),
          onDone: { target: "done", actions: emit(() => say("broadcasts-cancelled")) },
          onError: "failed",
        },
      },
      done: { type: "final" },
      failed: { type: "final", entry: emit(() => say("error-internal", undefined, "error")) },
    },
  });
  return { id: "broadcasts", version: 1, machine };
}
