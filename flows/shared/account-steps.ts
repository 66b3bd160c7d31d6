import { assign, emit } from "xstate";
import type { FieldSpec, StepSpec } from "../../src/conversation/fields.ts";
import type { SecretVault } from "../../src/conversation/secret-vault.ts";
import { say } from "../../src/conversation/flow-contract.ts";
import type { SignInCheck } from "../move/move-actors.ts";

/** The password fields of the move and resume flows; their names are the public ad-hoc field names. */
export const newPasswordField: FieldSpec = { var: "new-password", type: "text-private", label: "move-ask-new-password" };

export const oldPasswordField = (user: string): FieldSpec => ({ var: "old-password", type: "text-private", label: "move-ask-old-password", labelArgs: { user } });

/**
 * Of these private fields, the ones the vault no longer holds. The flow's
 * stored state outlives the vault (a restart, the vault's time-out), so a
 * flow checks before it uses a password it was given earlier.
 */
export const lostSecrets = (vault: SecretVault, conversation: string, fields: FieldSpec[]): FieldSpec[] =>
  fields.filter((f) => !vault.has(conversation, f.var));

/** Asks again for private fields the vault has lost, saying why first. */
export const askAgainStep = (fields: FieldSpec[]): StepSpec => ({ intro: "move-passwords-lost", introArgs: { count: fields.length }, fields });

/** Wrong passwords allowed per account before a flow gives up. */
const MAX_ATTEMPTS = 3;

/** What signInCheck needs of a flow's context besides the account it checks. */
interface CheckContext {
  conversation: string;
  attempts: number;
}

const outputOf = (event: unknown) => (event as { output?: SignInCheck }).output;

/**
 * A state of the move and resume flows that signs in with the password just
 * given (their `verifyAccount` actor): on to `next` when it works; a wrong
 * password names the account and is asked again (`retry`), up to
 * MAX_ATTEMPTS, then `tooManyAttempts`; an unreachable server is said so and
 * leads to `unreachable` (move asks the address again there).
 */
export function signInCheck<C extends CheckContext>(
  secret: "new-password" | "old-password",
  jidOf: (c: C) => string,
  retry: string,
  next: string,
  unreachable = "account",
) {
  return {
    invoke: {
      src: "verifyAccount" as const,
      input: ({ context }: { context: C }) => ({ conversation: context.conversation, jid: jidOf(context), secret }),
      onDone: [
        { guard: ({ event }: { event: unknown }) => outputOf(event) === "ok", target: next, actions: assign({ attempts: 0 }) },
        {
          guard: ({ context, event }: { context: CheckContext; event: unknown }) => outputOf(event) === "not-authorized" && context.attempts + 1 >= MAX_ATTEMPTS,
          target: "tooManyAttempts",
        },
        {
          guard: ({ event }: { event: unknown }) => outputOf(event) === "not-authorized",
          target: retry,
          actions: [
            assign({ attempts: ({ context }: { context: CheckContext }) => context.attempts + 1 }),
            emit(({ context }: { context: C }) => say("move-wrong-password", { jid: jidOf(context) }, "error")),
          ],
        },
        { target: unreachable, actions: emit(({ context }: { context: C }) => say("move-unreachable", { jid: jidOf(context) }, "error")) },
      ],
      onError: { target: "failed" },
    },
    // Built outside setup() for several flows and accounts, so XState cannot infer its types; the shape is checked by the tests.
  } as never;
}
