import { setup, assign, emit } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../src/conversation/flow-contract.ts";
import { say } from "../src/conversation/flow-contract.ts";
import type { StepSpec } from "../src/conversation/fields.ts";
import { startMoveActor, type MoveServices } from "../src/migration/move-actors.ts";
import { jobViewActor, type JobView } from "../src/migration/status-actors.ts";
import { newPasswordField, oldPasswordField, lostSecrets, askAgainStep } from "../src/migration/move-steps.ts";

const MAX_ATTEMPTS = 3;

interface ResumeContext {
  user: string;
  conversation: string;
  job?: JobView;
  attempts: number;
  /** Passwords asked again because the vault lost them between two answers. */
  lost?: string[];
}

const passwords = (c: ResumeContext) => [newPasswordField, oldPasswordField(c.user)];

const passwordsStep = (c: ResumeContext): StepSpec =>
  c.lost ? askAgainStep(passwords(c).filter((f) => c.lost!.includes(f.var))) : { intro: "resume-intro", introArgs: { target: c.job!.target }, fields: passwords(c) };

/**
 * `resume`: continues a move that a restart or an error interrupted. The
 * passwords were never stored, so they are asked again; the journal and the
 * new account's roster make sure nothing is sent twice.
 */
export function resumeFlow(s: MoveServices): FlowDefinition {
  const lost = (c: ResumeContext) => lostSecrets(s.secrets, c.conversation, passwords(c));
  const machine = setup({
    types: {
      context: {} as ResumeContext,
      input: {} as FlowInput,
      events: {} as FlowEvent,
      emitted: {} as Say,
    },
    actors: { jobView: jobViewActor(s), startMove: startMoveActor(s) },
  }).createMachine({
    id: "resume",
    context: ({ input }) => ({ user: input.user, conversation: input.conversation, attempts: 0 }),
    initial: "reading",
    states: {
      reading: {
        invoke: {
          src: "jobView",
          input: ({ context }) => ({ user: context.user }),
          onDone: [
            { guard: ({ event }) => event.output?.status === "interrupted", target: "passwords", actions: assign({ job: ({ event }) => event.output! }) },
            { guard: ({ event }) => event.output?.status === "running", target: "done", actions: emit(() => say("resume-running")) },
            { target: "done", actions: emit(() => say("resume-nothing")) },
          ],
          onError: "failed",
        },
      },
      passwords: {
        meta: { step: passwordsStep },
        on: {
          submit: [
            // A restart between the two answers empties the vault: ask for what is gone.
            { guard: ({ context }) => lost(context).length > 0, target: "passwords", actions: assign({ lost: ({ context }) => lost(context).map((f) => f.var) }) },
            { target: "starting", actions: assign({ lost: undefined }) },
          ],
        },
      },
      starting: {
        invoke: {
          src: "startMove",
          input: ({ context }) => ({ conversation: context.conversation, user: context.user }),
          onDone: "moving",
          onError: [
            { guard: ({ context }) => context.attempts + 1 >= MAX_ATTEMPTS, target: "done", actions: emit(() => say("move-too-many-attempts", undefined, "error")) },
            { target: "passwords", actions: [assign({ attempts: ({ context }) => context.attempts + 1 }), emit(() => say("resume-sign-in-failed", undefined, "error"))] },
          ],
        },
      },
      moving: {
        tags: ["background"],
        entry: emit(({ context }) => say("move-started", { target: context.job!.target })),
        on: { "job.finished": "done" },
      },
      done: { type: "final" },
      failed: { type: "final", entry: emit(() => say("error-internal", undefined, "error")) },
    },
  });
  return { id: "resume", version: 1, machine, onCancel: (input) => s.manager.cancel("move", input.user) };
}
