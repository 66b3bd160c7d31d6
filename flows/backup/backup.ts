import { setup, emit } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../../src/conversation/flow-contract.ts";
import { say } from "../../src/conversation/flow-contract.ts";
import type { StepSpec } from "../../src/conversation/fields.ts";
import { backupActor, type BackupServices } from "./backup-actor.ts";
import { oldPasswordField, proveControl, tooManyAttempts } from "../shared/prove-control.ts";
import { verifyAccountActor } from "../shared/verify-account.ts";

interface BackupContext {
  user: string;
  conversation: string;
  attempts: number;
}

const passwordStep = (user: string): StepSpec => ({ intro: "backup-intro", fields: [oldPasswordField(user)] });

/** `backup`: your account (roster, vCard, PEP data, bookmarks) as a XEP-0227 file, shared by HTTP upload. */
export function backupFlow(s: BackupServices): FlowDefinition {
  const machine = setup({
    types: {
      context: {} as BackupContext,
      input: {} as FlowInput,
      events: {} as FlowEvent,
      emitted: {} as Say,
    },
    actors: { verifyAccount: verifyAccountActor(s), backup: backupActor(s) },
  }).createMachine({
    id: "backup",
    context: ({ input }) => ({ user: input.user, conversation: input.conversation, attempts: 0 }),
    initial: "password",
    states: {
      password: {
        meta: { step: (c: BackupContext) => passwordStep(c.user) },
        on: { submit: "checking" },
      },
      // Asked again without the intro, as the other flows ask a wrong password again.
      retry: {
        meta: { step: (c: BackupContext) => ({ fields: [oldPasswordField(c.user)] }) },
        on: { submit: "checking" },
      },
      checking: proveControl({
        secret: "old-password",
        jid: (c: BackupContext) => c.user,
        retry: "retry",
        next: "exporting",
        unreachable: "done",
        tellUnreachable: () => say("backup-failed", { reason: "unreachable" }, "error"),
      }),
      exporting: {
        entry: emit(() => say("backup-working")),
        invoke: {
          src: "backup",
          input: ({ context }) => ({ user: context.user, conversation: context.conversation }),
          onDone: [
            { guard: ({ event }) => event.output.ok, target: "done", actions: emit(({ event }) => say("backup-ready", event.output.ok ? { url: event.output.url, contacts: event.output.contacts, pepNodes: event.output.pepNodes } : {})) },
            { target: "done", actions: emit(({ event }) => say("backup-failed", { reason: event.output.ok ? "" : event.output.reason }, "error")) },
          ],
          onError: { target: "done", actions: emit(() => say("error-internal", undefined, "error")) },
        },
      },
      tooManyAttempts: tooManyAttempts("backup"),
      done: { type: "final" },
    },
  });
  return { id: "backup", version: 1, machine };
}
