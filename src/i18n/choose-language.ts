import type { Catalog } from "./catalog.ts";
import type { UserPreferences } from "../users/preferences.ts";

/**
 * The language to answer in: the user's saved choice, else the xml:lang of
 * what they just sent (or last sent), else the deployment default.
 */
export function chooseLanguage(catalog: Catalog, prefs: UserPreferences, stanzaLang?: string): string {
  return (
    catalog.negotiate(prefs.lang) ??
    catalog.negotiate(stanzaLang) ??
    catalog.negotiate(prefs.seenLang) ??
    catalog.defaultLocale
  );
}
