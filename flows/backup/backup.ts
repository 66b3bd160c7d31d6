import { setup, assign, emit } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../../src/conversation/flow-contract.ts";
import { say } from "../../src/conversation/flow-contract.ts";
import type { StepSpec } from "../../src/conversation/fields.ts";
import { backupActor, type BackupServices } from "./backup-actor.ts";
import { oldPasswordField } from "../shared/account-steps.ts";

const MAX_ATTEMPTS = 3;

const passwordStep = (user: string): StepSpec => ({ intro: "backup-intro", fields: [oldPasswordField(user)] });

/** `backup`: your account (roster, vCard, PEP data, bookmarks) as a XEP-0227 file, shared by HTTP upload. */
export function backupFlow(s: BackupServices): FlowDefinition {
  const machine = setup({
    types: {
      context: {} as { user: string; conversation: string; attempts: number },
      input: {} as FlowInput,
      events: {} as FlowEvent,
      emitted: {} as Say,
    },
    actors: { backup: backupActor(s) },
  }).createMachine({
    id: "backup",
    context: ({ input }) => ({ user: input.user, conversation: input.conversation, attempts: 0 }),
    initial: "password",
    states: {
      password: {
        meta: { step: (c: { user: string }) => passwordStep(c.user) },
        on: { submit: "exporting" },
      },
      exporting: {
        entry: emit(() => say("backup-working")),
        invoke: {
          src: "backup",
          input: ({ context }) => ({ user: context.user, conversation: context.conversation }),
          onDone: [
            { guard: ({ event }) => event.output.ok, target: "done", actions: emit(({ event }) => say("backup-ready", event.output.ok ? { url: event.output.url, contacts: event.output.contacts, pepNodes: event.output.pepNodes } : {})) },
            {
              guard: ({ context, event }) => !event.output.ok && event.output.reason === "not-authorized" && context.attempts + 1 < MAX_ATTEMPTS,
              target: "password",
              actions: [assign({ attempts: ({ context }) => context.attempts + 1 }), emit(({ context }) => say("move-wrong-password", { jid: context.user }, "error"))],
            },
            { target: "done", actions: emit(({ event }) => say("backup-failed", { reason: event.output.ok ? "" : event.output.reason }, "error")) },
          ],
          onError: { target: "done", actions: emit(() => say("error-internal", undefined, "error")) },
        },
      },
      done: { type: "final" },
    },
  });
  return { id: "backup", version: 1, machine };
}
