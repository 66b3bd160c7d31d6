import { setup, assign, emit } from "xstate";
import type { Catalog } from "../../src/i18n/catalog.ts";
import type { Preferences } from "../../src/users/preferences.ts";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../../src/conversation/flow-contract.ts";
import { say } from "../../src/conversation/flow-contract.ts";
import type { StepSpec } from "../../src/conversation/fields.ts";
import { saveLanguageActor } from "./language-actors.ts";

/** `language [code]`: pick the language Ferry speaks with you; remembered. */
export function languageFlow(deps: { catalog: Catalog; preferences: Preferences }): FlowDefinition {
  const choose: StepSpec = {
    fields: [
      {
        var: "language",
        type: "list-single",
        label: "language-ask",
        // Each language is listed by its own name, so anyone can find theirs.
        options: deps.catalog.offered.map((l) => ({ value: l, label: { raw: deps.catalog.t(l, "language-name") } })),
      },
    ],
  };
  const machine = setup({
    types: {
      context: {} as { user: string; choice?: string },
      input: {} as FlowInput,
      events: {} as FlowEvent,
      emitted: {} as Say,
    },
    actors: { saveLanguage: saveLanguageActor(deps.preferences) },
  }).createMachine({
    id: "language",
    context: ({ input }) => ({ user: input.user }),
    initial: "choose",
    states: {
      choose: {
        meta: { step: choose },
        on: {
          submit: { target: "saving", actions: assign({ choice: ({ event }) => String(event.values.language) }) },
        },
      },
      saving: {
        invoke: {
          src: "saveLanguage",
          input: ({ context }) => ({ user: context.user, locale: context.choice! }),
          onDone: "done",
          onError: "failed",
        },
      },
      done: { type: "final", entry: emit(() => say("language-set")) },
      failed: { type: "final", entry: emit(() => say("error-internal", undefined, "error")) },
    },
  });
  return { id: "language", version: 1, machine };
}
