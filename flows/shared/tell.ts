import type { MessageArgs } from "../../src/i18n/catalog.ts";

/** A message to the user, by its key in locales/: what background work says once the conversation has moved on. */
export interface Tell {
  key: string;
  args?: MessageArgs;
}
