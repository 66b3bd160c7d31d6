import { setup, assign, emit } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../src/conversation/flow-contract.ts";
import { say } from "../src/conversation/flow-contract.ts";
import type { FieldSpec, StepSpec } from "../src/conversation/fields.ts";
import { signUpFormActor, registerActor } from "../src/migration/registration-actors.ts";
import {
  verifyAccountActor,
  planMoveActor,
  startMoveActor,
  type MoveServices,
  type PlanSummary,
  type SignInCheck,
} from "../src/migration/move-actors.ts";
import { newPasswordField, oldPasswordField } from "../src/migration/move-steps.ts";

/** Wrong passwords allowed per account before the flow gives up. */
const MAX_ATTEMPTS = 3;

interface MoveContext {
  user: string;
  conversation: string;
  target?: string;
  attempts: number;
  plan?: PlanSummary;
  /** Sign-up of a new account: the provider and its further fields. */
  provider?: string;
  signUp?: { fields: FieldSpec[]; instructions?: string };
}

const accountStep = (c: MoveContext): StepSpec => ({
  intro: "move-intro",
  introArgs: { user: c.user },
  fields: [
    { var: "new-jid", type: "jid-single", label: "move-ask-target", userJid: true, alternatives: [{ words: "word-new", value: "new" }] },
    newPasswordField,
    oldPasswordField(c.user),
  ],
});
const retryNewStep: StepSpec = { fields: [newPasswordField] };
const retryOldStep = (c: MoveContext): StepSpec => ({ fields: [oldPasswordField(c.user)] });
const providerStep = (providers: string[]): StepSpec => ({
  fields: [{ var: "provider", type: "list-single", label: "register-ask-provider", options: providers.map((p) => ({ value: p, label: { raw: p } })) }],
});
const usernameStep = (c: MoveContext): StepSpec => ({
  ...(c.signUp?.instructions ? { intro: { raw: c.signUp.instructions } } : {}),
  fields: [{ var: "username", type: "text-single", label: "register-ask-username", labelArgs: { provider: c.provider! } }, ...(c.signUp?.fields ?? [])],
});

const confirmStep: StepSpec = {
  fields: [
    { var: "confirm", type: "boolean", label: "move-ask-confirm" },
    { var: "notify", type: "boolean", label: "move-ask-notify" },
  ],
};

/**
 * `move`: from the account you chat from to another one. Asks the target and
 * both passwords, proves control of both accounts, shows the plan, and on yes
 * hands the journaled job to the JobManager; the flow then waits in the
 * background for the job to finish (its report comes from the job).
 */
export function moveFlow(s: MoveServices): FlowDefinition {
  const machine = setup({
    types: {
      context: {} as MoveContext,
      input: {} as FlowInput,
      events: {} as FlowEvent,
      emitted: {} as Say,
    },
    actors: {
      verifyAccount: verifyAccountActor(s),
      signUpForm: signUpFormActor(s),
      register: registerActor(s),
      planMove: planMoveActor(s),
      startMove: startMoveActor(s),
    },
    guards: {
      wantsNewAccount: ({ event }) => event.type === "submit" && event.values["new-jid"] === "new",
      targetIsSelf: ({ context, event }) => event.type === "submit" && event.values["new-jid"] === context.user,
      confirmed: ({ event }) => event.type === "submit" && event.values.confirm === true,
    },
  }).createMachine({
    id: "move",
    context: ({ input }) => ({ user: input.user, conversation: input.conversation, attempts: 0 }),
    initial: "account",
    states: {
      account: {
        meta: { step: accountStep },
        on: {
          submit: [
            { guard: "wantsNewAccount", target: "provider" },
            { guard: "targetIsSelf", actions: emit(() => say("move-target-is-self")), target: "account", reenter: true },
            { target: "checkNew", actions: assign({ target: ({ event }) => String((event as { values: Record<string, unknown> }).values["new-jid"]) }) },
          ],
        },
      },
      provider: {
        always: [
          { guard: () => s.providers.length === 0, target: "account", actions: emit(() => say("register-no-providers")) },
          { guard: () => s.providers.length === 1, target: "signUpForm", actions: assign({ provider: () => s.providers[0]! }) },
        ],
        meta: { step: () => providerStep(s.providers) },
        on: { submit: { target: "signUpForm", actions: assign({ provider: ({ event }) => String((event as { values: Record<string, unknown> }).values.provider) }) } },
      },
      signUpForm: {
        invoke: {
          src: "signUpForm",
          input: ({ context }) => ({ provider: context.provider! }),
          onDone: [
            {
              guard: ({ event }) => event.output.kind === "open",
              target: "username",
              actions: assign({ signUp: ({ event }) => (event.output.kind === "open" ? { fields: event.output.fields, instructions: event.output.instructions } : undefined) }),
            },
            {
              guard: ({ event }) => event.output.kind === "web",
              target: "account",
              actions: emit(({ context, event }) => say("register-web", { provider: context.provider!, url: event.output.kind === "web" ? event.output.url : "" })),
            },
            {
              guard: ({ event }) => event.output.kind === "closed",
              target: "account",
              actions: emit(({ context }) => say("register-closed", { provider: context.provider! })),
            },
            { target: "account", actions: emit(({ context }) => say("move-unreachable", { jid: context.provider! }, "error")) },
          ],
          onError: "failed",
        },
      },
      username: {
        meta: { step: usernameStep },
        on: {
          submit: {
            target: "registering",
            actions: assign({
              target: ({ event }) => String((event as { values: Record<string, unknown> }).values.username),
            }),
          },
        },
      },
      registering: {
        invoke: {
          src: "register",
          input: ({ context, event }) => {
            const values = (event as { values?: Record<string, unknown> }).values ?? {};
            const extra = Object.fromEntries(Object.entries(values).filter(([k, v]) => k !== "username" && typeof v !== "object").map(([k, v]) => [k, String(v)]));
            return { provider: context.provider!, conversation: context.conversation, username: context.target!, extra };
          },
          onDone: [
            {
              guard: ({ event }) => event.output.ok,
              target: "checkOld",
              actions: [
                assign({ target: ({ event }) => (event.output.ok ? event.output.jid : undefined) }),
                emit(({ event }) => say("register-done", { jid: event.output.ok ? event.output.jid : "" })),
              ],
            },
            {
              guard: ({ event }) => !event.output.ok && event.output.reason === "conflict",
              target: "username",
              actions: emit(({ context }) => say("register-taken", { username: context.target!, provider: context.provider! }, "error")),
            },
            {
              target: "account",
              actions: emit(({ event }) => say("register-failed", { reason: event.output.ok ? "" : event.output.reason }, "error")),
            },
          ],
          onError: "failed",
        },
      },
      retryNew: { meta: { step: retryNewStep }, on: { submit: "checkNew" } },
      checkNew: signInCheck("new-password", (c) => c.target!, "retryNew", "checkOld"),
      retryOld: { meta: { step: retryOldStep }, on: { submit: "checkOld" } },
      checkOld: signInCheck("old-password", (c) => c.user, "retryOld", "planning"),
      planning: {
        entry: emit(() => say("move-reading")),
        invoke: {
          src: "planMove",
          input: ({ context }) => ({ conversation: context.conversation, user: context.user, target: context.target! }),
          onDone: {
            target: "confirm",
            actions: [
              assign({ plan: ({ event }) => event.output }),
              emit(({ context, event }) => say("move-plan", { ...planArgs(event.output), target: context.target! })),
              emit(({ event }) =>
                event.output.skipped.length > 0
                  ? say("move-plan-skipped", {
                      count: event.output.skipped.length,
                      list: { lines: event.output.skipped.slice(0, 25).map((x) => ({ key: "report-skipped-item", args: { ...x } })) },
                    })
                  : say("move-plan-nothing-skipped"),
              ),
            ],
          },
          onError: { target: "failed" },
        },
      },
      confirm: {
        meta: { step: confirmStep },
        on: {
          submit: [{ guard: "confirmed", target: "starting" }, { target: "declined" }],
        },
      },
      starting: {
        invoke: {
          src: "startMove",
          input: ({ context, event }) => ({
            conversation: context.conversation,
            user: context.user,
            notify: (event as { values?: Record<string, unknown> }).values?.notify === true,
          }),
          onDone: { target: "moving" },
          onError: { target: "failed" },
        },
      },
      moving: {
        tags: ["background"],
        entry: emit(({ context }) => say("move-started", { target: context.target! })),
        on: { "job.finished": { target: "finished" } },
      },
      finished: { type: "final" },
      declined: { type: "final", entry: emit(() => say("move-declined")) },
      tooManyAttempts: { type: "final", entry: emit(() => say("move-too-many-attempts", undefined, "error")) },
      failed: { type: "final", entry: emit(() => say("error-internal", undefined, "error")) },
    },
  });
  return { id: "move", version: 1, machine, onCancel: (input) => s.manager.cancel("move", input.user) };
}

const outputOf = (event: unknown) => (event as { output?: SignInCheck }).output;

/**
 * Signs in with the password just given: on to `next` when it works; a wrong
 * password is asked again (`retry`), up to MAX_ATTEMPTS; an unreachable
 * server sends the user back to choose the address again.
 */
function signInCheck(secret: "new-password" | "old-password", jidOf: (c: MoveContext) => string, retry: string, next: string) {
  return {
    invoke: {
      src: "verifyAccount" as const,
      input: ({ context }: { context: MoveContext }) => ({ conversation: context.conversation, jid: jidOf(context), secret }),
      onDone: [
        { guard: ({ event }: { event: unknown }) => outputOf(event) === "ok", target: next, actions: assign({ attempts: 0 }) },
        {
          guard: ({ context, event }: { context: MoveContext; event: unknown }) => outputOf(event) === "not-authorized" && context.attempts + 1 >= MAX_ATTEMPTS,
          target: "tooManyAttempts",
        },
        {
          guard: ({ event }: { event: unknown }) => outputOf(event) === "not-authorized",
          target: retry,
          actions: [
            assign({ attempts: ({ context }: { context: MoveContext }) => context.attempts + 1 }),
            emit(({ context }: { context: MoveContext }) => say("move-wrong-password", { jid: jidOf(context) }, "error")),
          ],
        },
        { target: "account", actions: emit(({ context }: { context: MoveContext }) => say("move-unreachable", { jid: jidOf(context) }, "error")) },
      ],
      onError: { target: "failed" },
    },
    // Built outside setup() for both accounts, so XState cannot infer its types; the shape is checked by the tests.
  } as never;
}

function planArgs(p: PlanSummary) {
  const profile = p.profile.length > 0 ? p.profile.map((x) => ({ key: "profile-found-item", args: { ...x } })) : [{ key: "profile-found-nothing" }];
  return { contacts: p.contacts, both: p.both, to: p.to, from: p.from, none: p.none, groups: p.groups, profile: { lines: profile } };
}
