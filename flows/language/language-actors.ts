import { fromPromise } from "xstate";
import type { Preferences } from "../../src/users/preferences.ts";

/** Remembers the language a user picked (the language flow's only side effect). */
export const saveLanguageActor = (preferences: Preferences) =>
  fromPromise<void, { user: string; locale: string }>(async ({ input }) => {
    await preferences.update(input.user, { lang: input.locale });
  });
