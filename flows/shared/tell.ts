import type { MessageArgs } from "../../src/i18n/catalog.ts";

/**
 * A message to the user from background work, once the conversation has moved
 * on: by its key in locales/, or a link on its own (clients offer it as a file to save).
 */
export type Tell = { key: string; args?: MessageArgs } | { raw: string };
