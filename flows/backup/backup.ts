import { setup, emit, assign } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../../src/conversation/flow-contract.ts";
import { say } from "../../src/conversation/flow-contract.ts";
import type { StepSpec } from "../../src/conversation/fields.ts";
import { startBackupActor, type BackupServices } from "./backup-actor.ts";
import { historyField, type HistoryChoice } from "./history-period.ts";
import { oldPasswordField, proveControl, tooManyAttempts } from "../shared/prove-control.ts";
import { verifyAccountActor } from "../shared/verify-account.ts";

interface BackupContext {
  user: string;
  conversation: string;
  attempts: number;
  history: HistoryChoice;
}

/** One form: which history, and the password (chat asks them one after the other). */
const firstStep = (user: string): StepSpec => ({ intro: "backup-intro", fields: [historyField, oldPasswordField(user)] });

/**
 * `backup`: your account (roster, vCard, PEP data, bookmarks, blocklist, and
 * the message history asked for) as a XEP-0227 file, shared by HTTP upload.
 * The file is made in the background; the link comes as a chat message.
 */
export function backupFlow(s: BackupServices): FlowDefinition {
  const machine = setup({
    types: {
      context: {} as BackupContext,
      input: {} as FlowInput,
      events: {} as FlowEvent,
      emitted: {} as Say,
    },
    actors: { verifyAccount: verifyAccountActor(s), startBackup: startBackupActor(s) },
  }).createMachine({
    id: "backup",
    context: ({ input }) => ({ user: input.user, conversation: input.conversation, attempts: 0, history: "none" }),
    initial: "password",
    states: {
      password: {
        meta: { step: (c: BackupContext) => firstStep(c.user) },
        on: {
          submit: {
            target: "checking",
            actions: assign({ history: ({ event }) => String((event as { values: Record<string, unknown> }).values.history ?? "none") as HistoryChoice }),
          },
        },
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
        next: "starting",
        unreachable: "done",
        tellUnreachable: () => say("backup-failed", { reason: "unreachable" }, "error"),
      }),
      starting: {
        invoke: {
          src: "startBackup",
          input: ({ context }) => ({ user: context.user, conversation: context.conversation, history: context.history }),
          onDone: [
            { guard: ({ event }) => event.output === "started", target: "done", actions: emit(() => say("backup-working")) },
            { guard: ({ event }) => event.output === "already-running", target: "done", actions: emit(() => say("backup-already-running", undefined, "warn")) },
            { target: "done", actions: emit(() => say("backup-failed", { reason: "not-authorized" }, "error")) },
          ],
          onError: { target: "done", actions: emit(() => say("error-internal", undefined, "error")) },
        },
      },
      tooManyAttempts: tooManyAttempts("backup"),
      done: { type: "final" },
    },
  });
  return { id: "backup", version: 2, machine };
}
