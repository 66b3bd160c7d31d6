import type Keyv from "keyv";
import type { FieldValues, StepSpec } from "./fields.ts";

/**
 * A chat conversation at rest: which flow, the machine version it was saved
 * with, its XState persisted snapshot, and the chat-only progress through the
 * current step's fields. Never holds secrets (see SecretVault).
 */
export interface SessionRecord {
  flow: string;
  version: number;
  snapshot: unknown;
  /** The fields the flow waits for (copied from the machine so a chat answer needs no restore). */
  step: StepSpec | undefined;
  /** Values gathered so far for the current step, one chat message per field. */
  values: FieldValues;
  /** Private fields already typed for this step (the values are in the vault). */
  secretFields: string[];
  /** The chat privacy warning was shown in this flow. */
  warned: boolean;
}

export class SessionStore {
  constructor(private readonly store: Keyv) {}

  async get(user: string): Promise<SessionRecord | undefined> {
    return (await this.store.get(`session:${user}`)) as SessionRecord | undefined;
  }

  async set(user: string, record: SessionRecord): Promise<void> {
    await this.store.set(`session:${user}`, record);
  }

  async delete(user: string): Promise<void> {
    await this.store.delete(`session:${user}`);
  }
}
