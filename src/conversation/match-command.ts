import type { Catalog } from "../i18n/catalog.ts";
import type { CommandDef } from "./commands.ts";
import { foldWord } from "../i18n/fold-word.ts";

export interface CommandMatch {
  command: CommandDef;
  /** The rest of the message after the command word ("de" in "language de"). */
  args: string;
}

/** The user's language, the deployment's and English: the words an answer inside a conversation is compared with. */
function wordLanguages(catalog: Catalog, lang: string): string[] {
  return [...new Set([lang, catalog.defaultLocale, "en"])];
}

/**
 * Finds the command a chat message asks for: a menu number, or a command word
 * in any offered language, the user's first (first word, case-insensitive).
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
  // A command word may come in any offered language: a German speaker whose client announces
  // no language still gets "umziehen" understood. Inside a conversation only the usual three count.
  for (const l of new Set([...wordLanguages(catalog, lang), ...catalog.offered])) {
    const command = menu.find((c) => catalog.words(l, `cmd-${c.id}`).includes(word));
    if (command) return { command, args };
  }
  return undefined;
}

/** Whether the message is one of the given word lists' words (e.g. `cancel`), in the user's language, the deployment's or English. */
export function isWord(catalog: Catalog, lang: string, key: string, text: string): boolean {
  const w = foldWord(text);
  return wordLanguages(catalog, lang).some((l) => catalog.words(l, key).includes(w));
}
