import type { FieldSpec, StepSpec } from "../conversation/fields.ts";
import type { SecretVault } from "../conversation/secret-vault.ts";

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
