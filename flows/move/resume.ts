import { setup, assign, emit } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../../src/conversation/flow-contract.ts";
import { say } from "../../src/conversation/flow-contract.ts";
import type { StepSpec } from "../../src/conversation/fields.ts";
import { startMoveActor, type MoveServices } from "./move-actors.ts";
import { jobViewActor, type JobView } from "./status-actors.ts";
import { lostSecrets, askAgainStep } from "../shared/lost-secrets.ts";
import { newPasswordField, oldPasswordField, proveControl, tooManyAttempts } from "../shared/prove-control.ts";
import { verifyAccountActor } from "../shared/verify-account.ts";
import { JobAlreadyRunning, JobFinished } from "../../src/jobs/already-running.ts";

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
 * passwords were never stored, so they are asked again and each is checked
 * as `move` checks it; the journal and the new account's roster make sure
 * nothing is sent twice.
 */
export function resumeFlow(s: MoveServices): FlowDefinition {
  const lost = (c: ResumeContext) => lostSecrets(s.secrets, c.conversation, passwords(c));
  // A restart between two answers empties the vault: ask for what is gone.
  const askAgainIfLost = { guard: "secretsLost" as const, target: "passwords", actions: "rememberLost" as const };
  const machine = setup({
    types: {
      context: {} as ResumeContext,
      input: {} as FlowInput,
      events: {} as FlowEvent,
      emitted: {} as Say,
    },
    actors: { jobView: jobViewActor(s), verifyAccount: verifyAccountActor(s), startMove: startMoveActor(s) },
    guards: { secretsLost: ({ context }) => lost(context).length > 0 },
    actions: { rememberLost: assign({ lost: ({ context }) => lost(context).map((f) => f.var) }) },
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
        on: { submit: [askAgainIfLost, { target: "checkNew", actions: assign({ lost: undefined }) }] },
      },
      retryNew: { meta: { step: { fields: [newPasswordField] } }, on: { submit: [askAgainIfLost, { target: "checkNew" }] } },
      // The move's address is fixed here: an unreachable server ends the flow, `resume` again later.
      checkNew: proveControl({ secret: "new-password", jid: (c: ResumeContext) => c.job!.target, retry: "retryNew", next: "checkOld", unreachable: "done" }),
      retryOld: { meta: { step: (c: ResumeContext) => ({ fields: [oldPasswordField(c.user)] }) }, on: { submit: [askAgainIfLost, { target: "checkOld" }] } },
      checkOld: proveControl({ secret: "old-password", jid: (c: ResumeContext) => c.user, retry: "retryOld", next: "starting", unreachable: "done" }),
      starting: {
        invoke: {
          src: "startMove",
          input: ({ context }) => ({ conversation: context.conversation, user: context.user }),
          onDone: "moving",
          onError: [
            // Another instance took it up (or finished it) while the passwords were asked.
            { guard: ({ event }) => event.error instanceof JobAlreadyRunning, target: "alreadyRunning" },
            { guard: ({ event }) => event.error instanceof JobFinished, target: "done", actions: emit(() => say("resume-nothing")) },
            { target: "failed" },
          ],
        },
      },
      moving: {
        tags: ["background"],
        entry: emit(({ context }) => say("move-started", { target: context.job!.target })),
        on: { "job.finished": "done" },
      },
      done: { type: "final" },
      alreadyRunning: { type: "final", entry: emit(() => say("move-already-running")) },
      tooManyAttempts: tooManyAttempts("resume"),
      failed: { type: "final", entry: emit(() => say("error-internal", undefined, "error")) },
    },
  });
  return { id: "resume", version: 1, machine, onCancel: (input) => s.engine.cancel("move", input.user) };
}
