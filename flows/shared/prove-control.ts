import { assign, emit } from "xstate";
import type { FieldSpec } from "../../src/conversation/fields.ts";
import { say, type Say } from "../../src/conversation/flow-contract.ts";
import type { SignInCheck } from "./verify-account.ts";

/**
 * "Prove you control this account", as every flow that needs a password asks
 * it: the password fields, a state that signs in with the password given
 * (the `verifyAccount` actor, verify-account.ts), and one ending after too
 * many wrong passwords.
 */

/** The password fields; their names are the public ad-hoc field names and the vault's entries. */
export const newPasswordField: FieldSpec = { var: "new-password", type: "text-private", label: "move-ask-new-password" };

export const oldPasswordField = (user: string): FieldSpec => ({ var: "old-password", type: "text-private", label: "move-ask-old-password", labelArgs: { user } });

/**
 * The password of the account a flow writes to, named as in the move flow: `old-password` for
 * the account the user chats from, `new-password` for another one (a move's target), asked with
 * `label` naming it.
 */
export const secretFor = (user: string, account: string): Secret => (account === user ? "old-password" : "new-password");
export const accountPasswordField = (user: string, account: string, label: string): FieldSpec =>
  account === user ? oldPasswordField(user) : { ...newPasswordField, label, labelArgs: { jid: account } };

/** Wrong passwords allowed per account before a flow gives up (sign-in-too-many-attempts says "third"). */
const MAX_ATTEMPTS = 3;

/** What the check needs of a flow's context besides the account it checks. */
interface CheckContext {
  conversation: string;
  attempts: number;
}

type Secret = "new-password" | "old-password";

export interface ProveControl<C> {
  /** The vault entry (and field) holding the password; import's depends on the account chosen. */
  secret: Secret | ((c: C) => Secret);
  jid: (c: C) => string;
  /** The state that asks the password again after a wrong one. */
  retry: string;
  /** Where the flow goes on once the sign-in worked. */
  next: string;
  /** Where an unreachable server (or any other failed sign-in) leads, and what the flow says then (default: move-unreachable). */
  unreachable: string;
  tellUnreachable?: (jid: string) => Say;
}

const outputOf = (event: unknown) => (event as { output?: SignInCheck }).output;

/**
 * A state that signs in with the password just given: on to `next` when it
 * works; a wrong password names the account and is asked again (`retry`),
 * up to MAX_ATTEMPTS, then the flow's `tooManyAttempts` state (see
 * tooManyAttempts below); an unreachable server is said so and leads to
 * `unreachable`. The flow's context counts `attempts`.
 */
export function proveControl<C extends CheckContext>(o: ProveControl<C>) {
  const tellUnreachable = o.tellUnreachable ?? ((jid: string) => say("move-unreachable", { jid }, "error"));
  const secretOf = (c: C) => (typeof o.secret === "function" ? o.secret(c) : o.secret);
  return {
    // The actor never rejects, so there is no onError: were it to, the runtime ends the conversation with error-internal.
    invoke: {
      src: "verifyAccount" as const,
      input: ({ context }: { context: C }) => ({ conversation: context.conversation, jid: o.jid(context), secret: secretOf(context) }),
      onDone: [
        { guard: ({ event }: { event: unknown }) => outputOf(event) === "ok", target: o.next, actions: assign({ attempts: 0 }) },
        {
          guard: ({ context, event }: { context: CheckContext; event: unknown }) => outputOf(event) === "not-authorized" && context.attempts + 1 >= MAX_ATTEMPTS,
          target: "tooManyAttempts",
        },
        {
          guard: ({ event }: { event: unknown }) => outputOf(event) === "not-authorized",
          target: o.retry,
          actions: [
            assign({ attempts: ({ context }: { context: CheckContext }) => context.attempts + 1 }),
            emit(({ context }: { context: C }) => say("sign-in-wrong-password", { jid: o.jid(context) }, "error")),
          ],
        },
        { target: o.unreachable, actions: emit(({ context }: { context: C }) => tellUnreachable(o.jid(context))) },
      ],
    },
    // Built outside setup() for several flows and accounts, so XState cannot infer its types; the shape is checked by the tests.
  } as never;
}

/**
 * The flow's `tooManyAttempts` state: the one ending after too many wrong
 * passwords, naming the command (the flow's id) that starts over.
 */
export const tooManyAttempts = (command: "move" | "resume" | "import" | "backup" | "status" | "move-room" | "restore") =>
  ({ type: "final", entry: emit(() => say("sign-in-too-many-attempts", { command }, "error")) }) as never;
