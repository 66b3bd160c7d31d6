import type { AnyStateMachine, AnyMachineSnapshot } from "xstate";
import type { MessageArgs } from "../i18n/catalog.ts";
import type { FieldValues, StepSpec, Text } from "./fields.ts";

/**
 * What every flow machine in flows/ agrees to. A flow waits for the user in
 * states whose `meta.step` names the fields it needs; it talks by emitting
 * `say` events; long work runs outside it (jobs) in states tagged `background`.
 */
export interface FlowInput {
  /** Bare JID of the person talking to the bot. */
  user: string;
  /** Key under which this conversation's secrets sit in the SecretVault. */
  conversation: string;
  channel: "chat" | "adhoc";
  admin: boolean;
}

export type FlowEvent = { type: "submit"; values: FieldValues } | { type: `job.${string}`; [k: string]: unknown };

export interface Say {
  type: "say";
  text: Text;
  args?: MessageArgs;
  level?: "info" | "warn" | "error";
  /** A result (an export) to copy: chat shows it as a message, ad-hoc as the text-multi field of this name in the completed command's form. */
  field?: string;
}

export const say = (text: Text, args?: MessageArgs, level?: Say["level"]): Say => ({ type: "say", text, args, level });

export type StepMeta = { step: StepSpec | ((context: any) => StepSpec) };

export interface FlowDefinition {
  id: string;
  /** Bump when a persisted snapshot of the previous machine could no longer be restored. */
  version: number;
  machine: AnyStateMachine;
  /** Stops work the flow started outside itself (a running job) when the user cancels. */
  onCancel?: (input: FlowInput) => void;
}

/** The fields the flow waits for in this snapshot, if it waits for the user. */
export function currentStep(snapshot: AnyMachineSnapshot): StepSpec | undefined {
  if (snapshot.status !== "active") return undefined;
  for (const meta of Object.values(snapshot.getMeta() as Record<string, Partial<StepMeta> | undefined>)) {
    const step = meta?.step;
    if (step) return typeof step === "function" ? step(snapshot.context) : step;
  }
  return undefined;
}

/** A flow is settled when it waits for the user, works in the background, or has ended. */
export function isSettled(snapshot: AnyMachineSnapshot): boolean {
  return snapshot.status !== "active" || snapshot.hasTag("background") || currentStep(snapshot) !== undefined;
}
