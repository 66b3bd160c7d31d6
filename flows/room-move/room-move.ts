import { setup, assign, emit, enqueueActions } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../../src/conversation/flow-contract.ts";
import { say } from "../../src/conversation/flow-contract.ts";
import type { FieldSpec, FieldValues, StepSpec } from "../../src/conversation/fields.ts";
import { domainOf } from "../../src/core/jid.ts";
import { cutList } from "../../src/i18n/cut-list.ts";
import { newPasswordField, oldPasswordField, proveControl, tooManyAttempts } from "../shared/prove-control.ts";
import { verifyAccountActor } from "../shared/verify-account.ts";
import { lostSecrets } from "../shared/lost-secrets.ts";
import { checkRoomActor, checkServiceActor, planRoomMoveActor, startRoomMoveActor, type RoomMovePreview, type RoomMoveServices } from "./room-move-actors.ts";
import { newRoomAddress } from "./room-move-plan.ts";

interface RoomMoveContext {
  user: string;
  conversation: string;
  attempts: number;
  room?: string;
  service?: string;
  /** The user's new address as Ferry knows it from their move. */
  knownNew?: string;
  /** `old`: the old address creates the new room; `new`: the new address does. */
  creatorChoice?: "old" | "new";
  newJid?: string;
}

const roomField: FieldSpec = { var: "room", type: "jid-single", label: "room-move-ask-room", userJid: true };
const newJidField: FieldSpec = { var: "new-jid", type: "jid-single", label: "room-move-ask-new-jid", userJid: true };

const firstStep = (c: RoomMoveContext): StepSpec => ({ intro: "room-move-intro", introArgs: { user: c.user }, fields: [roomField, oldPasswordField(c.user)] });
const serviceStep = (services: string[]): StepSpec => ({
  fields: [
    {
      var: "service",
      type: "list-single",
      label: "room-move-ask-service",
      options: [...services.map((p) => ({ value: p, label: { raw: p } })), { value: "other", label: "room-move-service-other" }],
    },
  ],
});
const serviceTypedStep: StepSpec = { fields: [{ var: "service-jid", type: "jid-single", label: "room-move-ask-service-jid" }] };
const creatorStep = (c: RoomMoveContext): StepSpec => ({
  fields: [
    {
      var: "creator",
      type: "list-single",
      label: "room-move-ask-creator",
      options: [
        c.knownNew ? { value: "new", label: "room-move-creator-new", labelArgs: { jid: c.knownNew } } : { value: "new", label: "room-move-creator-new-unknown" },
        { value: "old", label: "room-move-creator-old", labelArgs: { jid: c.user } },
      ],
    },
  ],
});
const confirmStep: StepSpec = {
  fields: [
    {
      var: "old-room",
      type: "list-single",
      label: "room-move-ask-old-room",
      options: [
        { value: "destroy", label: "room-move-old-destroy" },
        { value: "keep-open", label: "room-move-old-keep" },
      ],
    },
    { var: "confirm", type: "boolean", label: "room-move-ask-confirm" },
  ],
};

const creatorOf = (c: RoomMoveContext) => (c.creatorChoice === "new" ? c.newJid! : c.user);
const newRoomOf = (c: RoomMoveContext) => newRoomAddress(c.room!, c.service!);
const submitted = (event: FlowEvent): FieldValues => (event.type === "submit" ? event.values : {});
const yesNo = (b: boolean) => (b ? "yes" : "no");

function planArgs(c: RoomMoveContext, p: RoomMovePreview) {
  const { settings: st, members: m } = p;
  return {
    room: c.room!,
    newRoom: newRoomOf(c),
    creator: creatorOf(c),
    name: st.name || "-",
    description: st.description || "-",
    membersOnly: yesNo(st.membersOnly),
    moderated: yesNo(st.moderated),
    persistent: yesNo(st.persistent),
    password: yesNo(st.passwordProtected),
    anonymity: st.anonymity || "unknown",
    // ejabberd 23.01's form has no history length.
    history: st.history || "unknown",
    others: st.others,
    subject: p.subject || "-",
    total: m.total,
    owners: m.owners,
    admins: m.admins,
    members: m.members,
    outcasts: m.outcasts,
    mapped: m.mapped.length,
    mappedList: cutList(m.mapped, (x) => ({ key: "room-move-plan-mapped-item", args: { jid: x.jid, newJid: x.newJid!, via: x.via! } })),
  };
}

/**
 * `move room` (ad-hoc `move-room`): an owner moves a whole group chat to
 * another service. Proves control of the old address, checks it owns the
 * room, asks the target service and which account creates the new room
 * (proving control of the new one), reads the old room and shows what will
 * be copied, and on yes runs the journaled move in the background: the old
 * room is closed (or left open with a pointer) only once the new room has
 * its lists in place. Its report comes as a chat message.
 */
export function roomMoveFlow(s: RoomMoveServices): FlowDefinition {
  const needed = (c: RoomMoveContext) => [oldPasswordField(c.user), ...(c.creatorChoice === "new" ? [newPasswordField] : [])];
  const lostGuard = { guard: ({ context }: { context: RoomMoveContext }) => lostSecrets(s.secrets, context.conversation, needed(context)).length > 0, target: "passwordsLost" };
  // The room's own service: the same address again, so nothing to move to.
  const sameService = (field: string) => ({
    guard: ({ context, event }: { context: RoomMoveContext; event: FlowEvent }) => domainOf(context.room!) === submitted(event)[field],
    target: "serviceTyped",
    actions: "tellSameService" as const,
  });
  const machine = setup({
    types: { context: {} as RoomMoveContext, input: {} as FlowInput, events: {} as FlowEvent, emitted: {} as Say },
    actors: {
      verifyAccount: verifyAccountActor(s),
      checkRoom: checkRoomActor(s),
      checkService: checkServiceActor(s),
      planRoomMove: planRoomMoveActor(s),
      startRoomMove: startRoomMoveActor(s),
    },
    actions: { tellSameService: emit(() => say("room-move-same-service", undefined, "error")) },
  }).createMachine({
    id: "move-room",
    context: ({ input }) => ({ user: input.user, conversation: input.conversation, attempts: 0 }),
    initial: "room",
    states: {
      room: {
        meta: { step: firstStep },
        on: { submit: { target: "checkOld", actions: assign({ room: ({ event }) => String(submitted(event).room) }) } },
      },
      retryOld: { meta: { step: (c: RoomMoveContext) => ({ fields: [oldPasswordField(c.user)] }) }, on: { submit: "checkOld" } },
      checkOld: proveControl({ secret: "old-password", jid: (c: RoomMoveContext) => c.user, retry: "retryOld", next: "checkingRoom", unreachable: "done" }),
      roomAgain: {
        meta: { step: { fields: [roomField] } },
        on: { submit: [lostGuard, { target: "checkingRoom", actions: assign({ room: ({ event }) => String(submitted(event).room) }) }] },
      },
      checkingRoom: {
        invoke: {
          src: "checkRoom",
          input: ({ context }) => ({ conversation: context.conversation, user: context.user, room: context.room! }),
          onDone: [
            {
              guard: ({ event }) => event.output.kind === "owner",
              target: "service",
              actions: assign({ knownNew: ({ event }) => (event.output.kind === "owner" ? event.output.newAddress : undefined) }),
            },
            { guard: ({ event }) => event.output.kind === "not-owner", target: "roomAgain", actions: emit(({ context }) => say("room-move-not-owner", { room: context.room! }, "error")) },
            {
              target: "roomAgain",
              actions: emit(({ context, event }) => say("room-move-room-unreachable", { room: context.room!, reason: event.output.kind === "unreachable" ? event.output.reason : "" }, "error")),
            },
          ],
          onError: "failed",
        },
      },
      service: {
        always: { guard: () => s.services.length === 0, target: "serviceTyped" },
        meta: { step: () => serviceStep(s.services) },
        on: {
          submit: [
            lostGuard,
            { guard: ({ event }) => submitted(event).service === "other", target: "serviceTyped" },
            sameService("service"),
            { target: "checkingService", actions: assign({ service: ({ event }) => String(submitted(event).service) }) },
          ],
        },
      },
      serviceTyped: {
        meta: { step: serviceTypedStep },
        on: { submit: [lostGuard, sameService("service-jid"), { target: "checkingService", actions: assign({ service: ({ event }) => String(submitted(event)["service-jid"]) }) }] },
      },
      checkingService: {
        invoke: {
          src: "checkService",
          input: ({ context }) => ({ conversation: context.conversation, user: context.user, service: context.service! }),
          onDone: [
            { guard: ({ event }) => event.output === "ok", target: "creator" },
            {
              target: "serviceTyped",
              actions: emit(({ context, event }) => say(event.output === "not-muc" ? "room-move-not-muc" : "room-move-service-unreachable", { service: context.service!, reason: event.output }, "error")),
            },
          ],
          onError: "failed",
        },
      },
      creator: {
        meta: { step: creatorStep },
        on: {
          submit: [
            lostGuard,
            { guard: ({ event }) => submitted(event).creator === "old", target: "planning", actions: assign({ creatorChoice: "old" }) },
            { guard: ({ context }) => context.knownNew !== undefined, target: "newPassword", actions: assign({ creatorChoice: "new", newJid: ({ context }) => context.knownNew }) },
            { target: "newAccount", actions: assign({ creatorChoice: "new" }) },
          ],
        },
      },
      newAccount: {
        meta: { step: { fields: [newJidField, newPasswordField] } },
        on: { submit: { target: "checkNew", actions: assign({ newJid: ({ event }) => String(submitted(event)["new-jid"]) }) } },
      },
      newPassword: {
        meta: { step: (c: RoomMoveContext) => ({ fields: [{ ...newPasswordField, label: "room-move-ask-new-password", labelArgs: { jid: c.newJid! } }] }) },
        on: { submit: "checkNew" },
      },
      retryNew: { meta: { step: { fields: [newPasswordField] } }, on: { submit: "checkNew" } },
      checkNew: proveControl({ secret: "new-password", jid: (c: RoomMoveContext) => c.newJid!, retry: "retryNew", next: "planning", unreachable: "creator" }),
      planning: {
        entry: emit(() => say("room-move-reading")),
        invoke: {
          src: "planRoomMove",
          input: ({ context }) => ({ conversation: context.conversation, user: context.user, room: context.room!, newRoom: newRoomOf(context), creator: creatorOf(context) }),
          onDone: {
            target: "confirm",
            actions: [
              enqueueActions(({ event, enqueue }) => {
                if (event.output.continues) enqueue.emit(say("room-move-plan-continues"));
              }),
              emit(({ context, event }) => say("room-move-plan", planArgs(context, event.output))),
            ],
          },
          onError: "failed",
        },
      },
      confirm: {
        meta: { step: confirmStep },
        on: {
          submit: [
            { guard: ({ event }) => submitted(event).confirm !== true, target: "done", actions: emit(() => say("room-move-declined")) },
            lostGuard,
            { target: "starting" },
          ],
        },
      },
      starting: {
        invoke: {
          src: "startRoomMove",
          input: ({ context, event }) => ({
            conversation: context.conversation,
            user: context.user,
            room: context.room!,
            closing: submitted(event)["old-room"] === "keep-open" ? ("keep-open" as const) : ("destroy" as const),
          }),
          onDone: [
            { guard: ({ event }) => event.output === "started", target: "done", actions: emit(({ context }) => say("room-move-started", { room: context.room!, newRoom: newRoomOf(context) })) },
            { guard: ({ event }) => event.output === "already-running", target: "done", actions: emit(() => say("room-move-already-running", undefined, "warn")) },
            { target: "passwordsLost" },
          ],
          onError: "failed",
        },
      },
      passwordsLost: { type: "final", entry: emit(() => say("room-move-passwords-lost", undefined, "error")) },
      tooManyAttempts: tooManyAttempts("move-room"),
      failed: { type: "final", entry: emit(() => say("error-internal", undefined, "error")) },
      done: { type: "final" },
    },
  });
  return { id: "move-room", version: 1, machine };
}
