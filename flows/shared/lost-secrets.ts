import type { FieldSpec, StepSpec } from "../../src/conversation/fields.ts";
import type { SecretVault } from "../../src/conversation/secret-vault.ts";

/**
 * Of these private fields, the ones the vault no longer holds. The flow's
 * stored state outlives the vault (a restart, the vault's time-out), so a
 * flow checks before it uses a password it was given earlier.
 */
export const lostSecrets = (vault: SecretVault, conversation: string, fields: FieldSpec[]): FieldSpec[] =>
  fields.filter((f) => !vault.has(conversation, f.var));

/** Asks again for private fields the vault has lost, saying why first. */
export const askAgainStep = (fields: FieldSpec[]): StepSpec => ({ intro: "move-passwords-lost", introArgs: { count: fields.length }, fields });
