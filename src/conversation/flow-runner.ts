import { createActor, waitFor, type AnyMachineSnapshot } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "./flow-contract.ts";
import { isSettled } from "./flow-contract.ts";

export interface FlowTurn {
  says: Say[];
  /** Live snapshot after the turn (to read the next step). */
  snapshot: AnyMachineSnapshot;
  /** What to store, or undefined when the flow has ended. */
  persisted: unknown;
  ended: boolean;
}

export class FlowRestoreError extends Error {}

/**
 * Runs one turn of a flow: restore it (or start it), deliver an event, wait
 * until it settles, and put it back to sleep. Nothing stays in memory between
 * turns, so an idle conversation costs only its stored snapshot.
 */
export async function runFlowTurn(
  def: FlowDefinition,
  input: FlowInput,
  stored: unknown | undefined,
  event: FlowEvent | undefined,
  timeoutMs = 60_000,
): Promise<FlowTurn> {
  const says: Say[] = [];
  let failure: unknown;
  const actor = createActor(def.machine, stored === undefined ? { input } : { input, snapshot: stored as never });
  actor.on("say", (e) => says.push(e as Say));
  actor.subscribe({ error: (err) => (failure = err) });
  try {
    actor.start();
    if (actor.getSnapshot().status === "error") throw new FlowRestoreError(String(actor.getSnapshot().error));
    if (event) actor.send(event);
    const snapshot = await waitFor(actor, (s) => isSettled(s as AnyMachineSnapshot), { timeout: timeoutMs });
    if (failure !== undefined || snapshot.status === "error") {
      throw failure instanceof Error ? failure : new Error(String(failure ?? snapshot.error));
    }
    const ended = snapshot.status !== "active";
    return { says, snapshot: snapshot as AnyMachineSnapshot, persisted: ended ? undefined : actor.getPersistedSnapshot(), ended };
  } finally {
    actor.stop();
  }
}
