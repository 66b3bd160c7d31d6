import type { Catalog, MessageArgs } from "../i18n/catalog.ts";
import { isWebLink, type FieldMedia, type FieldOption, type FieldSpec, type StepSpec, type Text, type ChatVocabulary } from "./fields.ts";
import type { CommandDef } from "./commands.ts";

/** Turns a message key (or foreign raw text) into the user's language. */
export function renderText(catalog: Catalog, lang: string, text: Text, args?: MessageArgs): string {
  return typeof text === "string" ? catalog.t(lang, text, args) : text.raw;
}

export function chatVocabulary(catalog: Catalog, lang: string): ChatVocabulary {
  return {
    yes: [...catalog.words(lang, "word-yes"), ...catalog.words("en", "word-yes")],
    no: [...catalog.words(lang, "word-no"), ...catalog.words("en", "word-no")],
    words: (key: string) => [...catalog.words(lang, key), ...catalog.words("en", key)],
    optionLabel: (o: FieldOption) => renderText(catalog, lang, o.label, o.labelArgs),
  };
}

/** One chat message asking for one field: label, help, and how to answer. */
export function renderChatPrompt(catalog: Catalog, lang: string, field: FieldSpec): string {
  const lines = [renderText(catalog, lang, field.label, field.labelArgs)];
  if (field.desc) lines.push(renderText(catalog, lang, field.desc, field.descArgs));
  if (field.media) lines.push(...chatMedia(catalog, lang, field.media));
  if (field.type === "list-single") {
    (field.options ?? []).forEach((o, i) => lines.push(`${i + 1}. ${renderText(catalog, lang, o.label, o.labelArgs)}`));
    lines.push(catalog.t(lang, "prompt-choose"));
  } else if (field.type === "boolean") {
    lines.push(catalog.t(lang, "prompt-yes-no"));
  }
  if (field.optional) lines.push(catalog.t(lang, "prompt-optional"));
  return lines.join("\n");
}

/** A field's media as links; chat cannot show inline data, so without any link it says where the field can be answered. */
function chatMedia(catalog: Catalog, lang: string, media: FieldMedia[]): string[] {
  const links = media.flatMap((m) => (m.link ? [m.link] : isWebLink(m.uri) ? [m.uri] : []));
  return links.length > 0 ? links.map((url) => catalog.t(lang, "register-captcha-link", { url })) : [catalog.t(lang, "register-captcha-adhoc-only")];
}

export function renderStepIntro(catalog: Catalog, lang: string, step: StepSpec): string | undefined {
  return step.intro ? renderText(catalog, lang, step.intro, step.introArgs) : undefined;
}

/** The menu: numbered commands with their word and what they do. */
export function renderMenu(catalog: Catalog, lang: string, menu: CommandDef[]): string {
  const lines = [catalog.t(lang, "help-intro")];
  menu.forEach((c, i) => {
    const word = catalog.displayWord(lang, `cmd-${c.id}`) ?? c.id;
    lines.push(`${i + 1}. *${word}* – ${catalog.t(lang, `cmd-${c.id}-summary`)}`);
  });
  lines.push(catalog.t(lang, "help-footer"));
  return lines.join("\n");
}
