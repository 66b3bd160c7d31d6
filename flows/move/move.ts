import { setup, assign, emit, enqueueActions, not } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../../src/conversation/flow-contract.ts";
import { say } from "../../src/conversation/flow-contract.ts";
import { cutList } from "../../src/i18n/cut-list.ts";
import type { FieldSpec, FieldValues, StepSpec } from "../../src/conversation/fields.ts";
import { signUpFormActor, registerActor } from "./sign-up-actors.ts";
import {
  planMoveActor,
  startMoveActor,
  type MoveServices,
  type PlanSummary,
  type RoomChoices,
} from "./move-actors.ts";
import { requestableRooms } from "./room-plan.ts";
import { JobAlreadyRunning } from "../../src/jobs/already-running.ts";
import { lostSecrets, askAgainStep } from "../shared/lost-secrets.ts";
import { newPasswordField, oldPasswordField, proveControl, tooManyAttempts } from "../shared/prove-control.ts";
import { verifyAccountActor } from "../shared/verify-account.ts";
import { historyField, type HistoryChoice } from "../shared/history-period.ts";

interface MoveContext {
  user: string;
  conversation: string;
  /** Chat cannot show a provider's inline CAPTCHA; the sign-up form then links an uploaded copy. */
  channel?: FlowInput["channel"];
  target?: string;
  attempts: number;
  plan?: PlanSummary;
  /** Sign-up of a new account: the provider and its further fields. */
  provider?: string;
  signUp?: { fields: FieldSpec[]; instructions?: string; hidden?: Record<string, string> };
  /** The sign-up form as answered, until the provider has it. */
  registration?: Registration;
  /** The user said yes to the plan: start, with this choice, once the passwords are back. */
  accepted?: { notify: boolean; rooms?: RoomChoices; backupHistory?: HistoryChoice };
  /** Private fields asked again because the vault lost them. */
  lost?: string[];
}

/** Plain answers go to the provider as given; private ones are only named here, their values sit in the vault. */
interface Registration {
  values: Record<string, string>;
  secrets: string[];
}

function registrationOf(c: MoveContext, values: FieldValues): Registration {
  const isPrivate = (name: string) => c.signUp?.fields.some((f) => f.var === name && f.type === "text-private") ?? false;
  // A private field given arrives as `true`; one skipped (optional) as "".
  const answers = Object.entries(values).filter(([k, v]) => k !== "username" && typeof v !== "object");
  return {
    values: Object.fromEntries(answers.filter(([k, v]) => !(isPrivate(k) && v === true)).map(([k, v]) => [k, String(v)])),
    secrets: answers.filter(([k, v]) => isPrivate(k) && v === true).map(([k]) => k),
  };
}

/** The private fields the flow still relies on: both passwords, and during a sign-up the provider's private fields. */
const neededSecrets = (c: MoveContext): FieldSpec[] => [
  newPasswordField,
  oldPasswordField(c.user),
  ...(c.signUp?.fields ?? []).filter((f) => c.registration?.secrets.includes(f.var)),
];

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

const askAgain = (c: MoveContext): StepSpec => askAgainStep(neededSecrets(c).filter((f) => c.lost?.includes(f.var)));

/**
 * The public ad-hoc field `backup-history`: a backup of this account with the plan, with `backup`'s choices of
 * history; `none` (also when skipped or left out of the form) makes none. Asked only when a server of the move
 * takes uploads (XEP-0363): without one the file could not be handed over.
 */
const backupHistoryField: FieldSpec = {
  ...historyField,
  var: "backup-history",
  label: "move-ask-backup-history",
  optional: true,
  // Here `none` is no backup at all, not one without history.
  options: historyField.options!.map((o) => (o.value === "none" ? { ...o, label: "move-backup-none" } : o)),
};
const backupHistoryOf = (values: FieldValues): HistoryChoice | undefined => {
  const value = values["backup-history"];
  return typeof value === "string" && value !== "" && value !== "none" ? (value as HistoryChoice) : undefined;
};

/** The rooms questions only come when the plan found rooms they concern. */
const confirmStep = (c: MoveContext): StepSpec => {
  const rooms = c.plan?.rooms ?? [];
  const noticeable = rooms.filter((r) => !r.noticeBar).length;
  const requestable = requestableRooms(rooms).length;
  return {
    fields: [
      { var: "confirm", type: "boolean", label: "move-ask-confirm" },
      { var: "notify", type: "boolean", label: "move-ask-notify" },
      ...(c.plan?.canBackup ? [backupHistoryField] : []),
      ...(noticeable > 0 ? [{ var: "room-notice", type: "boolean" as const, label: "move-ask-room-notice", labelArgs: { count: noticeable } }] : []),
      ...(requestable > 0
        ? [
            { var: "room-request", type: "boolean" as const, label: "move-ask-room-request", labelArgs: { count: requestable } },
            { var: "room-request-text", type: "text-single" as const, label: "move-ask-room-request-text", optional: true },
          ]
        : []),
    ],
  };
};

function roomChoices(values: FieldValues): RoomChoices {
  const text = typeof values["room-request-text"] === "string" ? values["room-request-text"].trim() : "";
  return { notices: values["room-notice"] === true, ...(values["room-request"] === true ? { requests: text ? { text } : {} } : {}) };
}

/**
 * `move`: from the account you chat from to another one. Asks the target and
 * both passwords, proves control of both accounts, shows the plan, and on yes
 * hands the journaled job to the JobEngine; the flow then waits in the
 * background for the job to finish (its report comes from the job).
 * Passwords live in the vault, which a restart or its time-out empties while
 * the stored conversation goes on: each step that leads to a use of them
 * first asks again for the ones that are gone.
 */
export function moveFlow(s: MoveServices): FlowDefinition {
  const lost = (c: MoveContext) => lostSecrets(s.secrets, c.conversation, neededSecrets(c));
  const submitted = (event: FlowEvent) => (event.type === "submit" ? event.values : {});
  const askAgainIfLost = { guard: "secretsLost" as const, target: "askAgain", actions: "rememberLost" as const };
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
      secretsLost: ({ context }) => lost(context).length > 0,
      signUpPending: ({ context }) => context.registration !== undefined,
    },
    actions: {
      rememberLost: assign({ lost: ({ context }) => lost(context).map((f) => f.var) }),
      rememberTarget: assign({ target: ({ event }) => String(submitted(event)["new-jid"]) }),
      rememberSignUp: assign({
        target: ({ event }) => String(submitted(event).username),
        registration: ({ context, event }) => registrationOf(context, submitted(event)),
      }),
      rememberAccepted: assign({
        accepted: ({ event }) => {
          const backupHistory = backupHistoryOf(submitted(event));
          return { notify: submitted(event).notify === true, rooms: roomChoices(submitted(event)), ...(backupHistory ? { backupHistory } : {}) };
        },
      }),
    },
  }).createMachine({
    id: "move",
    context: ({ input }) => ({ user: input.user, conversation: input.conversation, channel: input.channel, attempts: 0 }),
    initial: "account",
    states: {
      account: {
        // Back at the start, nothing decided later still stands.
        entry: assign({ registration: undefined, accepted: undefined, lost: undefined }),
        meta: { step: accountStep },
        on: {
          submit: [
            { guard: "wantsNewAccount", target: "provider" },
            { guard: "targetIsSelf", actions: emit(() => say("move-target-is-self")), target: "account", reenter: true },
            { ...askAgainIfLost, actions: ["rememberTarget", "rememberLost"] },
            { target: "checkNew", actions: "rememberTarget" },
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
          // Conversations stored before `channel` was kept are chat ones: ad-hoc sessions are never stored.
          input: ({ context }) => ({ provider: context.provider!, user: context.user, conversation: context.conversation, channel: context.channel ?? "chat" }),
          onDone: [
            {
              guard: ({ event }) => event.output.kind === "open",
              target: "username",
              actions: assign({
                signUp: ({ event }) =>
                  event.output.kind === "open" ? { fields: event.output.fields, instructions: event.output.instructions, hidden: event.output.hidden } : undefined,
              }),
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
          submit: [
            {
              // The provider's private fields of this very form count too.
              guard: ({ context, event }) => lost({ ...context, registration: registrationOf(context, submitted(event)) }).length > 0,
              target: "askAgain",
              actions: ["rememberSignUp", "rememberLost"],
            },
            { target: "registering", actions: "rememberSignUp" },
          ],
        },
      },
      registering: {
        invoke: {
          src: "register",
          input: ({ context }) => ({
            provider: context.provider!,
            conversation: context.conversation,
            username: context.target!,
            // The form's hidden values first: the user's answers belong to that very form.
            extra: { ...context.signUp?.hidden, ...context.registration!.values },
            privateFields: context.registration!.secrets,
          }),
          onDone: [
            {
              guard: ({ event }) => event.output.ok,
              target: "checkOld",
              actions: [
                assign({ target: ({ event }) => (event.output.ok ? event.output.jid : undefined), registration: undefined }),
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
      askAgain: {
        meta: { step: askAgain },
        // Passwords given again are checked again, as the first time.
        on: { submit: [askAgainIfLost, { guard: "signUpPending", target: "registering" }, { target: "checkNew" }] },
      },
      retryNew: { meta: { step: retryNewStep }, on: { submit: [askAgainIfLost, { target: "checkNew" }] } },
      checkNew: proveControl({ secret: "new-password", jid: (c: MoveContext) => c.target!, retry: "retryNew", next: "checkOld", unreachable: "account" }),
      retryOld: { meta: { step: retryOldStep }, on: { submit: [askAgainIfLost, { target: "checkOld" }] } },
      checkOld: proveControl({ secret: "old-password", jid: (c: MoveContext) => c.user, retry: "retryOld", next: "verified", unreachable: "account" }),
      // Both accounts proven: plan, or start right away if the plan was already accepted.
      verified: { always: [{ guard: ({ context }) => context.accepted !== undefined, target: "starting" }, { target: "planning" }] },
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
                      list: cutList(event.output.skipped, (x) => ({ key: "report-skipped-item", args: { ...x } })),
                    })
                  : say("move-plan-nothing-skipped"),
              ),
              enqueueActions(({ event, enqueue }) => {
                const { unchecked, rooms, needApproval, slowRequests, slowContactServers, noticeRequired } = event.output;
                if (unchecked.length > 0) enqueue.emit(say("move-plan-unchecked", { count: unchecked.length, domains: cutList(unchecked, (domain) => ({ key: "move-plan-unchecked-item", args: { domain } })) }));
                if (rooms.length > 0) enqueue.emit(say("move-plan-rooms", { count: rooms.length, list: cutList(rooms, (r) => ({ key: "move-plan-room-item", args: { room: r.jid, affiliation: r.affiliation, step: r.step, reason: r.reason ?? "none" } })) }));
                if (needApproval) enqueue.emit(say("move-plan-no-pre-approval", { count: needApproval }));
                if (slowRequests) enqueue.emit(say("move-plan-slow-requests", { ...slowRequests }));
                if (slowContactServers) enqueue.emit(say("move-plan-slow-contact-servers", { ...slowContactServers }));
                if (noticeRequired) enqueue.emit(say("move-plan-notice-required", { count: noticeRequired }));
              }),
            ],
          },
          onError: [
            { guard: ({ event }) => event.error instanceof JobAlreadyRunning, target: "alreadyRunning" },
            { target: "failed" },
          ],
        },
      },
      confirm: {
        meta: { step: confirmStep },
        on: {
          submit: [
            { guard: not("confirmed"), target: "declined" },
            { ...askAgainIfLost, actions: ["rememberAccepted", "rememberLost"] },
            { target: "starting", actions: "rememberAccepted" },
          ],
        },
      },
      starting: {
        invoke: {
          src: "startMove",
          input: ({ context }) => ({
            conversation: context.conversation,
            user: context.user,
            notify: context.accepted?.notify === true,
            rooms: context.accepted?.rooms,
            backupHistory: context.accepted?.backupHistory,
          }),
          onDone: { target: "moving" },
          onError: [
            { guard: ({ event }) => event.error instanceof JobAlreadyRunning, target: "alreadyRunning" },
            { target: "failed" },
          ],
        },
      },
      moving: {
        tags: ["background"],
        entry: emit(({ context }) => say("move-started", { target: context.target! })),
        on: { "job.finished": { target: "finished" } },
      },
      finished: { type: "final" },
      declined: { type: "final", entry: emit(() => say("move-declined")) },
      tooManyAttempts: tooManyAttempts("move"),
      failed: { type: "final", entry: emit(() => say("error-internal", undefined, "error")) },
      alreadyRunning: { type: "final", entry: emit(() => say("move-already-running")) },
    },
  });
  return { id: "move", version: 1, machine, onCancel: (input) => s.engine.cancel("move", input.user) };
}

function planArgs(p: PlanSummary) {
  const profile = p.profile.length > 0 ? p.profile.map((x) => ({ key: "profile-found-item", args: { ...x } })) : [{ key: "profile-found-nothing" }];
  return { contacts: p.contacts, both: p.both, to: p.to, from: p.from, pending: p.pending, none: p.none, groups: p.groups, profile: { lines: profile } };
}
