import type { Catalog } from "../../src/i18n/catalog.ts";
import type { NoticeTexts } from "./broadcast-store.ts";

/**
 * The notice exactly as one recipient reads it: the admin's text in their
 * language (else the default-language text), then a footer in their language
 * on how to start the move with the bot (a link clients open as the command,
 * and the chat word).
 */
export function composeNotice(catalog: Catalog, locale: string, texts: NoticeTexts, botJid: string): string {
  const text = texts[locale]?.trim() || texts[catalog.defaultLocale] || "";
  const word = catalog.displayWord(locale, "cmd-move") ?? "move";
  const footer = catalog.t(locale, "broadcast-footer", { link: `xmpp:${botJid}?command;node=move`, word, bot: botJid });
  return `${text}\n\n${footer}`;
}
