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
 * in any offered language, the user's first (case-insensitive). A command
 * word may be several words (`move room`): the longest one the message starts
 * with wins, so `move room` is not `move` with the argument "room".
 */
export function matchCommand(catalog: Catalog, lang: string, menu: CommandDef[], text: string): CommandMatch | undefined {
  const words = text.trim().split(/\s+/);
  const first = foldWord(words[0] ?? "");
  if (/^\d+$/.test(first)) {
    const command = menu[Number(first) - 1];
    return command ? { command, args: words.slice(1).join(" ") } : undefined;
  }
  // A command word may come in any offered language: a German speaker whose client announces
  // no language still gets "umziehen" understood. Inside a conversation only the usual three count.
  let best: { command: CommandDef; length: number } | undefined;
  for (const l of new Set([...wordLanguages(catalog, lang), ...catalog.offered])) {
    for (const command of menu) {
      for (const word of catalog.words(l, `cmd-${command.id}`)) {
        const length = word.split(/\s+/).length;
        if (length > (best?.length ?? 0) && foldWord(words.slice(0, length).join(" ")) === word) best = { command, length };
      }
    }
  }
  return best && { command: best.command, args: words.slice(best.length).join(" ") };
}

/** Whether the message is one of the given word lists' words (e.g. `cancel`), in the user's language, the deployment's or English. */
export function isWord(catalog: Catalog, lang: string, key: string, text: string): boolean {
  const w = foldWord(text);
  return wordLanguages(catalog, lang).some((l) => catalog.words(l, key).includes(w));
}
