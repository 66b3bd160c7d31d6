import { setup, assign, emit, enqueueActions } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../../src/conversation/flow-contract.ts";
import { say } from "../../src/conversation/flow-contract.ts";
import type { StepSpec } from "../../src/conversation/fields.ts";
import {
  readImportActor,
  moveTargetActor,
  clientTakesSuggestionsActor,
  startImportActor,
  suggestActor,
  type ImportServices,
  type ImportSummary,
} from "./import-actors.ts";
import { JobAlreadyRunning } from "../../src/jobs/already-running.ts";
import { accountPasswordField, proveControl, secretFor, tooManyAttempts } from "../shared/prove-control.ts";
import { verifyAccountActor } from "../shared/verify-account.ts";
import { problemOf } from "../shared/read-shared-file.ts";

interface ImportContext {
  user: string;
  conversation: string;
  summary?: ImportSummary;
  /** Where a move in progress writes, offered as the import's destination too. */
  moveTarget?: string;
  /** The user's client takes XEP-0144 suggestions. */
  canSuggest?: boolean;
  /** The account chosen to receive the contacts. */
  account?: string;
  attempts: number;
}

const sourceStep: StepSpec = { intro: "import-intro", fields: [{ var: "file", type: "text-multi", label: "import-ask-file", takesFile: true }] };

const accountStep = (c: ImportContext): StepSpec => ({
  fields: [
    {
      var: "account",
      type: "list-single",
      label: "import-ask-account",
      options: [
        { value: c.user, label: "import-account-this", labelArgs: { jid: c.user } },
        ...(c.moveTarget ? [{ value: c.moveTarget, label: "import-account-target", labelArgs: { jid: c.moveTarget } }] : []),
        ...(c.canSuggest ? [{ value: "suggest", label: "import-account-suggest" }] : []),
      ],
    },
  ],
});

const secretOf = (c: ImportContext) => secretFor(c.user, c.account!);
const passwordStep = (c: ImportContext): StepSpec => ({ fields: [accountPasswordField(c.user, c.account!, "import-ask-password")] });


/**
 * `import`: contacts from a file (MSN, Outlook CSV, vCard, Pidgin, XEP-0227)
 * or pasted addresses, into the account the user chats from, the target of
 * their move, or their client (XEP-0144, when it announces it). Shows a preview first; writes in the
 * background through the same job machinery as a move.
 */
export function importFlow(s: ImportServices): FlowDefinition {
  const machine = setup({
    types: { context: {} as ImportContext, input: {} as FlowInput, events: {} as FlowEvent, emitted: {} as Say },
    actors: {
      readImport: readImportActor(s),
      moveTarget: moveTargetActor(s),
      clientTakesSuggestions: clientTakesSuggestionsActor(s),
      verifyAccount: verifyAccountActor(s),
      startImport: startImportActor(s),
      suggest: suggestActor(s),
    },
  }).createMachine({
    id: "import",
    context: ({ input }) => ({ user: input.user, conversation: input.conversation, attempts: 0 }),
    initial: "source",
    states: {
      source: {
        meta: { step: sourceStep },
        on: { submit: "reading" },
      },
      reading: {
        entry: emit(() => say("import-reading")),
        invoke: {
          src: "readImport",
          input: ({ context, event }) => {
            const file = (event as { values?: Record<string, unknown> }).values?.file;
            return { user: context.user, text: Array.isArray(file) ? file.join("\n") : String(file ?? "") };
          },
          onDone: [
            { guard: ({ event }) => event.output.mapped === 0, target: "source", actions: [emit(({ event }) => say("import-nothing", { ...previewArgs(event.output) }))] },
            {
              target: "findingTarget",
              actions: [
                assign({ summary: ({ event }) => event.output }),
                emit(({ event }) => say("import-preview", previewArgs(event.output))),
                enqueueActions(({ enqueue, event }) => {
                  if (event.output.renamed > 0) enqueue.emit(say("import-mapped", { count: event.output.renamed, list: event.output.renamedList }));
                  if (event.output.problems > 0) enqueue.emit(say("import-problems", { problems: event.output.problems, problemList: event.output.problemList }));
                  if (event.output.unanswered > 0) enqueue.emit(say("import-unanswered", { count: event.output.unanswered, list: event.output.unansweredList }));
                }),
              ],
            },
          ],
          onError: [{ guard: ({ event }) => event.error instanceof JobAlreadyRunning, target: "alreadyRunning" }, { target: "source", actions: emit(({ event }) => problemOf(event.error)) }],
        },
      },
      findingTarget: {
        invoke: {
          src: "moveTarget",
          input: ({ context }) => ({ user: context.user }),
          onDone: { target: "checkingClient", actions: assign({ moveTarget: ({ event }) => event.output ?? undefined }) },
          onError: "checkingClient",
        },
      },
      checkingClient: {
        invoke: {
          src: "clientTakesSuggestions",
          input: ({ context }) => ({ user: context.user }),
          onDone: { target: "account", actions: assign({ canSuggest: ({ event }) => event.output }) },
          onError: "account",
        },
      },
      account: {
        meta: { step: accountStep },
        on: {
          submit: [
            { guard: ({ event }) => event.type === "submit" && event.values.account === "suggest", target: "suggesting" },
            { target: "password", actions: assign({ account: ({ event }) => String((event as { values: Record<string, unknown> }).values.account) }) },
          ],
        },
      },
      password: {
        meta: { step: passwordStep },
        on: { submit: "checking" },
      },
      checking: proveControl({
        secret: secretOf,
        jid: (c: ImportContext) => c.account!,
        retry: "password",
        next: "starting",
        unreachable: "account",
        tellUnreachable: (jid) => say("import-unreachable", { jid }, "error"),
      }),
      starting: {
        invoke: {
          src: "startImport",
          input: ({ context }) => ({ user: context.user, conversation: context.conversation, account: context.account!, secret: secretOf(context) }),
          onDone: "importing",
          onError: [
            { guard: ({ event }) => event.error instanceof JobAlreadyRunning, target: "alreadyRunning" },
            { target: "done", actions: emit(() => say("error-internal", undefined, "error")) },
          ],
        },
      },
      importing: {
        tags: ["background"],
        entry: emit(({ context }) => say("import-started", { count: context.summary!.mapped, jid: context.account! })),
        on: { "job.finished": "done" },
      },
      suggesting: {
        invoke: {
          src: "suggest",
          input: ({ context }) => ({ user: context.user }),
          onDone: { target: "done", actions: emit(({ event }) => say("import-suggested", { count: event.output })) },
          onError: { target: "done", actions: emit(() => say("error-internal", undefined, "error")) },
        },
      },
      tooManyAttempts: tooManyAttempts("import"),
      alreadyRunning: { type: "final", entry: emit(() => say("import-already-running")) },
      done: { type: "final" },
    },
  });
  return { id: "import", version: 1, machine, onCancel: (input) => s.engine.cancel("import", input.user) };
}

function previewArgs(p: ImportSummary) {
  return {
    format: p.format,
    found: p.found,
    mapped: p.mapped,
    adminMap: p.byRule["admin-map"],
    xmpp: p.byRule.xmpp,
    transport: p.byRule.transport,
    unmapped: p.unmapped,
    unmappedList: p.unmappedList,
    groups: p.groups,
  };
}
