import type { Catalog } from "../i18n/catalog.ts";
import type { CommandDef } from "./command-list.ts";
import { foldWord } from "../i18n/fold-word.ts";

export interface CommandMatch {
  command: CommandDef;
  /** The rest of the message after the command word ("de" in "language de"). */
  args: string;
}

/**
 * Finds the command a chat message asks for: a menu number, or a command word
 * in the user's language or in English (first word, case-insensitive).
 */
export function matchCommand(catalog: Catalog, lang: string, menu: CommandDef[], text: string): CommandMatch | undefined {
  const trimmed = text.trim();
  const [first = "", ...rest] = trimmed.split(/\s+/);
  const args = rest.join(" ");
  const word = foldWord(first);
  if (/^\d+$/.test(word)) {
    const command = menu[Number(word) - 1];
    return command ? { command, args } : undefined;
  }
  const languages = lang === catalog.defaultLocale ? [lang, "en"] : [lang, catalog.defaultLocale, "en"];
  for (const l of languages) {
    const command = menu.find((c) => catalog.words(l, `cmd-${c.id}`).includes(word));
    if (command) return { command, args };
  }
  return undefined;
}

/** Whether the message is one of the given word lists' words (e.g. `cancel`), in the user's language or English. */
export function isWord(catalog: Catalog, lang: string, key: string, text: string): boolean {
  const w = foldWord(text);
  return catalog.words(lang, key).includes(w) || catalog.words("en", key).includes(w);
}
