import { setup, emit, assign } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../../src/conversation/flow-contract.ts";
import { say } from "../../src/conversation/flow-contract.ts";
import type { StepSpec } from "../../src/conversation/fields.ts";
import { moveTargetActor, startBackupActor, type BackupServices } from "./backup-actor.ts";
import { historyField, type HistoryChoice } from "../shared/history-period.ts";
import { newPasswordField, oldPasswordField, proveControl, tooManyAttempts } from "../shared/prove-control.ts";
import { verifyAccountActor } from "../shared/verify-account.ts";

interface BackupContext {
  user: string;
  conversation: string;
  attempts: number;
  history: HistoryChoice;
  /** The address of the user's move, offered as the other server to upload through. */
  moveTarget?: string;
  /** The other account the file is uploaded through too. */
  elsewhere?: string;
}

/** One form: which history, and the password (chat asks them one after the other). */
const firstStep = (user: string): StepSpec => ({ intro: "backup-intro", fields: [historyField, oldPasswordField(user)] });

/** A copy through another server survives the old one's shutdown: the move's new account, another one, or none. */
const elsewhereStep = (c: BackupContext): StepSpec => ({
  fields: [
    {
      var: "upload-elsewhere",
      type: "list-single",
      label: "backup-ask-elsewhere",
      options: [
        ...(c.moveTarget ? [{ value: c.moveTarget, label: "backup-elsewhere-target", labelArgs: { jid: c.moveTarget } }] : []),
        { value: "other", label: "backup-elsewhere-other" },
        { value: "no", label: "backup-elsewhere-no" },
      ],
    },
  ],
});
const elsewhereJidStep: StepSpec = { fields: [{ var: "upload-jid", type: "jid-single", label: "backup-ask-elsewhere-jid", userJid: true }] };
const elsewherePasswordStep = (c: BackupContext): StepSpec => ({ fields: [{ ...newPasswordField, label: "import-ask-password", labelArgs: { jid: c.elsewhere! } }] });
const valueOf = (event: unknown, name: string) => String((event as { values: Record<string, unknown> }).values[name] ?? "");

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
    actors: { verifyAccount: verifyAccountActor(s), startBackup: startBackupActor(s), moveTarget: moveTargetActor(s) },
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
        next: "findingTarget",
        unreachable: "done",
        tellUnreachable: () => say("backup-failed", { reason: "unreachable" }, "error"),
      }),
      findingTarget: {
        invoke: {
          src: "moveTarget",
          input: ({ context }) => ({ user: context.user }),
          onDone: { target: "elsewhere", actions: assign({ moveTarget: ({ event }) => event.output }) },
          onError: "elsewhere",
        },
      },
      elsewhere: {
        meta: { step: elsewhereStep },
        on: {
          submit: [
            { guard: ({ event }) => valueOf(event, "upload-elsewhere") === "no", target: "starting", actions: assign({ elsewhere: undefined }) },
            { guard: ({ event }) => valueOf(event, "upload-elsewhere") === "other", target: "elsewhereJid" },
            { target: "elsewherePassword", actions: assign({ elsewhere: ({ event }) => valueOf(event, "upload-elsewhere") }) },
          ],
        },
      },
      elsewhereJid: {
        meta: { step: elsewhereJidStep },
        on: { submit: { target: "elsewherePassword", actions: assign({ elsewhere: ({ event }) => valueOf(event, "upload-jid") }) } },
      },
      elsewherePassword: {
        meta: { step: elsewherePasswordStep },
        on: { submit: "checkingElsewhere" },
      },
      checkingElsewhere: proveControl({
        secret: "new-password",
        jid: (c: BackupContext) => c.elsewhere!,
        retry: "elsewherePassword",
        next: "starting",
        unreachable: "elsewhere",
        tellUnreachable: (jid) => say("import-unreachable", { jid }, "error"),
      }),
      starting: {
        invoke: {
          src: "startBackup",
          input: ({ context }) => ({ user: context.user, conversation: context.conversation, history: context.history, ...(context.elsewhere ? { elsewhere: context.elsewhere } : {}) }),
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
  return { id: "backup", version: 3, machine };
}
