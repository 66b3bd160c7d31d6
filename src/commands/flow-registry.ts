import type { Catalog } from "../i18n/catalog.ts";
import type { Preferences } from "../users/preferences.ts";
import type { FlowDefinition } from "../conversation/flow-contract.ts";
import { languageFlow } from "../../flows/language.ts";

/** The services flows are built with (their actors come from src/ and use these). */
export interface FlowServices {
  catalog: Catalog;
  preferences: Preferences;
}

/** Builds every flow once, at start-up. */
export function buildFlows(services: FlowServices): Map<string, FlowDefinition> {
  const flows = [languageFlow(services)];
  return new Map(flows.map((f) => [f.id, f]));
}
