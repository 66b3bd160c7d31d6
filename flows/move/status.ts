import { setup, assign, emit, enqueueActions } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../../src/conversation/flow-contract.ts";
import { say } from "../../src/conversation/flow-contract.ts";
import type { StepSpec } from "../../src/conversation/fields.ts";
import type { MoveServices } from "./move-actors.ts";
import { jobViewActor, acceptanceActor, type JobView, type Acceptance } from "./status-actors.ts";
import { longList, type LongList } from "../../src/i18n/cut-list.ts";
import { proveControl, tooManyAttempts } from "../shared/prove-control.ts";
import { verifyAccountActor } from "../shared/verify-account.ts";

interface StatusContext {
  user: string;
  conversation: string;
  job?: JobView;
  attempts: number;
}

const passwordStep = (target: string): StepSpec => ({
  fields: [{ var: "new-password", type: "text-private", label: "status-ask-password", labelArgs: { target } }],
});

const contactLines = (jids: string[]) => jids.map((jid) => ({ key: "status-contact-item", args: { jid } }));

const firstPart = (list: LongList<string>) => (list.first.length > 0 ? { lines: [...contactLines(list.first), ...(list.more ? [list.more] : [])] } : "–");

/** Both lists cut as the end-of-move report cuts its lists, so that a large roster is named in full. */
function acceptanceMessages({ accepted, waiting }: Acceptance): Say[] {
  const acceptedList = longList(accepted);
  const waitingList = longList(waiting);
  return [
    say("status-acceptance", { accepted: accepted.length, waiting: waiting.length, acceptedList: firstPart(acceptedList), waitingList: firstPart(waitingList) }),
    ...acceptedList.followUps.map((page) => say("status-accepted-more", { list: { lines: contactLines(page) } })),
    ...waitingList.followUps.map((page) => say("status-waiting-more", { list: { lines: contactLines(page) } })),
  ];
}

/**
 * `status`: where your move stands; for a finished move, who has accepted the
 * new address so far (that needs one sign-in to the new account, its
 * password checked as every flow checks one).
 */
export function statusFlow(s: MoveServices): FlowDefinition {
  const machine = setup({
    types: {
      context: {} as StatusContext,
      input: {} as FlowInput,
      events: {} as FlowEvent,
      emitted: {} as Say,
    },
    actors: { jobView: jobViewActor(s), verifyAccount: verifyAccountActor(s), acceptance: acceptanceActor(s) },
  }).createMachine({
    id: "status",
    context: ({ input }) => ({ user: input.user, conversation: input.conversation, attempts: 0 }),
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
        meta: { step: (c: StatusContext) => passwordStep(c.job!.target) },
        on: { submit: "signingIn" },
      },
      signingIn: proveControl({
        secret: "new-password",
        jid: (c: StatusContext) => c.job!.target,
        retry: "password",
        next: "checking",
        unreachable: "done",
        tellUnreachable: () => say("status-sign-in-failed", undefined, "error"),
      }),
      checking: {
        invoke: {
          src: "acceptance",
          input: ({ context }) => ({ user: context.user, conversation: context.conversation }),
          onDone: {
            target: "done",
            actions: enqueueActions(({ event, enqueue }) => {
              for (const message of acceptanceMessages(event.output)) enqueue.emit(message);
            }),
          },
          onError: { target: "done", actions: emit(() => say("status-sign-in-failed", undefined, "error")) },
        },
      },
      tooManyAttempts: tooManyAttempts("status"),
      done: { type: "final" },
      failed: { type: "final", entry: emit(() => say("error-internal", undefined, "error")) },
    },
  });
  // Version 2: the context counts wrong passwords.
  return { id: "status", version: 2, machine };
}
