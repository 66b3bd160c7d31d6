import { setup, assign, emit, enqueueActions } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../../src/conversation/flow-contract.ts";
import { say } from "../../src/conversation/flow-contract.ts";
import type { StepSpec } from "../../src/conversation/fields.ts";
import { JobAlreadyRunning } from "../../src/jobs/already-running.ts";
import { readBackupActor, moveTargetActor, interruptedRestoreActor, startRestoreActor, type RestoreServices, type RestoreSummary } from "./restore-actors.ts";
import { accountPasswordField, proveControl, secretFor, tooManyAttempts } from "../shared/prove-control.ts";
import { verifyAccountActor } from "../shared/verify-account.ts";
import { problemOf } from "../shared/read-shared-file.ts";

interface RestoreContext {
  user: string;
  conversation: string;
  /** What the user shared (the file's link), kept to read it again for the account they choose in it. */
  file?: string;
  /** The accounts of a file with several, none recognisably the user's. */
  accounts?: string[];
  chosen?: string;
  summary?: RestoreSummary;
  moveTarget?: string;
  /** The account restored onto. */
  account?: string;
  /** Going on with an interrupted restore instead of a new one. */
  resume: boolean;
  attempts: number;
}

type Submitted = { values: Record<string, unknown> };
const valueOf = (event: unknown, name: string) => (event as Submitted).values?.[name];

const continueStep = (c: RestoreContext): StepSpec => ({ fields: [{ var: "continue", type: "boolean", label: "restore-ask-continue", labelArgs: { jid: c.account! } }] });

const sourceStep: StepSpec = { intro: "restore-intro", fields: [{ var: "file", type: "text-multi", label: "restore-ask-file", takesFile: true }] };

const chooseStep = (c: RestoreContext): StepSpec => ({
  fields: [{ var: "account-in-file", type: "list-single", label: "restore-ask-account-in-file", options: (c.accounts ?? []).map((jid) => ({ value: jid, label: { raw: jid } })) }],
});

const accountStep = (c: RestoreContext): StepSpec => ({
  fields: [
    {
      var: "account",
      type: "list-single",
      label: "restore-ask-account",
      options: [
        { value: c.user, label: "import-account-this", labelArgs: { jid: c.user } },
        { value: c.moveTarget!, label: "import-account-target", labelArgs: { jid: c.moveTarget! } },
      ],
    },
  ],
});

const secretOf = (c: RestoreContext) => secretFor(c.user, c.account!);
const passwordStep = (c: RestoreContext): StepSpec => ({ fields: [accountPasswordField(c.user, c.account!, "import-ask-password")] });

/** The preview's numbers, each part of the file by name. */
const previewArgs = (p: RestoreSummary) => ({
  account: p.account,
  ferry: p.ferry ? "yes" : "no",
  contacts: p.contacts,
  groups: p.groups,
  vcard: p.parts.vcard,
  avatar: p.parts.avatar,
  nickname: p.parts.nickname,
  bookmarks: p.parts.bookmarks,
  legacyBookmarks: p.parts["legacy-bookmarks"],
  blocked: p.parts.blocklist,
  pepNodes: p.parts["pep-nodes"],
});

const nothingIn = (p: RestoreSummary) => p.contacts === 0 && Object.values(p.parts).every((n) => n === 0);

/**
 * `restore`: a XEP-0227 file (Ferry's backup, a Prosody, Snikket or ejabberd
 * export) back onto an account the user proves is theirs: contacts as an
 * import of the file writes them (with `<moved/>` when the file's account is
 * another address), then vCard, avatar, nickname, bookmarks, blocklist and
 * other PEP nodes. A preview first; the work is a journaled job, so an
 * interrupted restore goes on where it stopped (the command offers it).
 */
export function restoreFlow(s: RestoreServices): FlowDefinition {
  const machine = setup({
    types: { context: {} as RestoreContext, input: {} as FlowInput, events: {} as FlowEvent, emitted: {} as Say },
    actors: {
      readBackup: readBackupActor(s),
      moveTarget: moveTargetActor(s),
      interrupted: interruptedRestoreActor(s),
      verifyAccount: verifyAccountActor(s),
      startRestore: startRestoreActor(s),
    },
  }).createMachine({
    id: "restore",
    context: ({ input }) => ({ user: input.user, conversation: input.conversation, attempts: 0, resume: false }),
    initial: "findingInterrupted",
    states: {
      findingInterrupted: {
        invoke: {
          src: "interrupted",
          input: ({ context }) => ({ user: context.user }),
          onDone: [{ guard: ({ event }) => event.output !== null, target: "continue", actions: assign({ account: ({ event }) => event.output! }) }, { target: "source" }],
          onError: "source",
        },
      },
      continue: {
        meta: { step: continueStep },
        on: {
          submit: [
            { guard: ({ event }) => valueOf(event, "continue") === true, target: "password", actions: assign({ resume: true }) },
            { target: "source", actions: assign({ account: undefined }) },
          ],
        },
      },
      source: {
        meta: { step: sourceStep },
        on: {
          submit: {
            target: "reading",
            actions: assign({
              file: ({ event }) => {
                const file = valueOf(event, "file");
                return Array.isArray(file) ? file.join("\n") : String(file ?? "");
              },
              chosen: undefined,
            }),
          },
        },
      },
      reading: {
        entry: emit(() => say("restore-reading")),
        invoke: {
          src: "readBackup",
          input: ({ context }) => ({ user: context.user, text: context.file ?? "", ...(context.chosen ? { account: context.chosen } : {}) }),
          onDone: [
            { guard: ({ event }) => "choose" in event.output, target: "choose", actions: assign({ accounts: ({ event }) => ("choose" in event.output ? event.output.choose : []) }) },
            {
              guard: ({ event }) => "summary" in event.output && nothingIn(event.output.summary),
              target: "source",
              actions: emit(({ event }) => say("restore-nothing", { account: "summary" in event.output ? event.output.summary.account : "" })),
            },
            {
              target: "findingTarget",
              actions: [
                assign({ summary: ({ event }) => ("summary" in event.output ? event.output.summary : undefined) }),
                enqueueActions(({ enqueue, context }) => {
                  const p = context.summary!;
                  enqueue.emit(say("restore-preview", previewArgs(p)));
                  if (p.messages > 0) enqueue.emit(say("restore-history", { messages: p.messages }));
                  if (p.skipped > 0) enqueue.emit(say("restore-skipped", { count: p.skipped, list: p.skippedList }));
                  if (p.unanswered > 0) enqueue.emit(say("import-unanswered", { count: p.unanswered, list: p.unansweredList }));
                }),
              ],
            },
          ],
          onError: [{ guard: ({ event }) => event.error instanceof JobAlreadyRunning, target: "alreadyRunning" }, { target: "source", actions: emit(({ event }) => problemOf(event.error)) }],
        },
      },
      choose: {
        meta: { step: chooseStep },
        on: { submit: { target: "reading", actions: assign({ chosen: ({ event }) => String(valueOf(event, "account-in-file")) }) } },
      },
      findingTarget: {
        invoke: {
          src: "moveTarget",
          input: ({ context }) => ({ user: context.user }),
          onDone: [
            { guard: ({ event, context }) => event.output !== null && event.output !== context.user, target: "account", actions: assign({ moveTarget: ({ event }) => event.output! }) },
            { target: "password", actions: assign({ account: ({ context }) => context.user }) },
          ],
          onError: { target: "password", actions: assign({ account: ({ context }) => context.user }) },
        },
      },
      account: {
        meta: { step: accountStep },
        on: { submit: { target: "password", actions: assign({ account: ({ event }) => String(valueOf(event, "account")) }) } },
      },
      password: {
        meta: { step: passwordStep },
        on: { submit: "checking" },
      },
      checking: proveControl({
        secret: secretOf,
        jid: (c: RestoreContext) => c.account!,
        retry: "password",
        next: "starting",
        unreachable: "done",
        tellUnreachable: (jid) => say("restore-unreachable", { jid }, "error"),
      }),
      starting: {
        invoke: {
          src: "startRestore",
          input: ({ context }) => ({ user: context.user, conversation: context.conversation, account: context.account!, secret: secretOf(context), resume: context.resume }),
          onDone: "restoring",
          onError: [
            { guard: ({ event }) => event.error instanceof JobAlreadyRunning, target: "alreadyRunning" },
            { target: "done", actions: emit(() => say("error-internal", undefined, "error")) },
          ],
        },
      },
      restoring: {
        tags: ["background"],
        entry: emit(({ context }) => say("restore-started", { jid: context.account! })),
        on: { "job.finished": "done" },
      },
      tooManyAttempts: tooManyAttempts("restore"),
      alreadyRunning: { type: "final", entry: emit(() => say("restore-already-running")) },
      done: { type: "final" },
    },
  });
  return { id: "restore", version: 1, machine, onCancel: (input) => s.engine.cancel("restore", input.user) };
}
