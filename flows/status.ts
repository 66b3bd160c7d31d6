import { setup, assign, emit } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../src/conversation/flow-contract.ts";
import { say } from "../src/conversation/flow-contract.ts";
import type { StepSpec } from "../src/conversation/fields.ts";
import type { MoveServices } from "../src/migration/move-actors.ts";
import { jobViewActor, acceptanceActor, type JobView } from "../src/migration/status-actors.ts";

const LIST_LIMIT = 25;

const passwordStep = (target: string): StepSpec => ({
  fields: [{ var: "new-password", type: "text-private", label: "status-ask-password", labelArgs: { target } }],
});

/**
 * `status`: where your move stands; for a finished move, who has accepted the
 * new address so far (that needs one sign-in to the new account).
 */
export function statusFlow(s: MoveServices): FlowDefinition {
  const machine = setup({
    types: {
      context: {} as { user: string; conversation: string; job?: JobView },
      input: {} as FlowInput,
      events: {} as FlowEvent,
      emitted: {} as Say,
    },
    actors: { jobView: jobViewActor(s), acceptance: acceptanceActor(s) },
  }).createMachine({
    id: "status",
    context: ({ input }) => ({ user: input.user, conversation: input.conversation }),
    initial: "reading",
    states: {
      reading: {
        invoke: {
          src: "jobView",
          input: ({ context }) => ({ user: context.user }),
          onDone: [
            { guard: ({ event }) => event.output === null || event.output.status === "planned", target: "done", actions: emit(() => say("status-no-move")) },
            {
              guard: ({ event }) => event.output!.status === "done",
              target: "password",
              actions: [assign({ job: ({ event }) => event.output! }), emit(({ event }) => say("status-summary", { ...event.output! }))],
            },
            { target: "done", actions: emit(({ event }) => say("status-summary", { ...event.output! })) },
          ],
          onError: "failed",
        },
      },
      password: {
        meta: { step: (c: { job: JobView }) => passwordStep(c.job.target) },
        on: { submit: "checking" },
      },
      checking: {
        invoke: {
          src: "acceptance",
          input: ({ context }) => ({ user: context.user, conversation: context.conversation }),
          onDone: {
            target: "done",
            actions: emit(({ event }) =>
              say("status-acceptance", {
                accepted: event.output.accepted.length,
                waiting: event.output.waiting.length,
                acceptedList: event.output.accepted.slice(0, LIST_LIMIT).join("\n") || "–",
                waitingList: event.output.waiting.slice(0, LIST_LIMIT).join("\n") || "–",
              }),
            ),
          },
          onError: { target: "done", actions: emit(() => say("status-sign-in-failed", undefined, "error")) },
        },
      },
      done: { type: "final" },
      failed: { type: "final", entry: emit(() => say("error-internal", undefined, "error")) },
    },
  });
  return { id: "status", version: 1, machine };
}
