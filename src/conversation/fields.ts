import type { MessageArgs } from "../i18n/catalog.ts";
import type { FormMedia } from "../protocol/bot/data-forms.ts";
import { normaliseJid, isUserJid } from "../core/jid.ts";
import { BIDI_MARKS, foldWord } from "../i18n/fold-word.ts";

/**
 * A step of a flow asks for fields. The same field spec is rendered as a chat
 * prompt and as an XEP-0004 form field, and validated by the same code, so a
 * flow exists once whatever the interface (chat or XEP-0050).
 */
export type FieldType = "text-single" | "text-private" | "jid-single" | "boolean" | "list-single" | "text-multi" | "fixed";

/** A message key from locales/, or text that came from elsewhere (a server's own form). */
export type Text = string | { raw: string };

export interface FieldOption {
  value: string;
  label: Text;
  labelArgs?: MessageArgs;
}

/** XEP-0221 media that goes with a field (a provider's CAPTCHA image or sound), as flows hand it on. */
export interface FieldMedia extends FormMedia {
  /** An http(s) copy of inline content, for chat, where inline data cannot be shown. */
  link?: string;
}

/** Whether a media URI can be opened as a link (chat can give it as is). */
export const isWebLink = (uri: string): boolean => /^https?:\/\//i.test(uri);

export interface FieldSpec {
  /** Public field name (ad-hoc `var`), e.g. "new-jid". */
  var: string;
  type: FieldType;
  label: Text;
  labelArgs?: MessageArgs;
  /** Longer help shown with the prompt. */
  desc?: Text;
  descArgs?: MessageArgs;
  /** Optional fields may be skipped in chat with the skip word. Default: required. */
  optional?: boolean;
  options?: FieldOption[];
  /** Shown with the field: ad-hoc forms carry it (XEP-0221), chat gives a link. */
  media?: FieldMedia[];
  /** Accept only a JID with a local part (a user account). */
  userJid?: boolean;
  /** A file shared in chat answers this field (its link is the value); any other field is not answered by one. */
  takesFile?: boolean;
  /** Words that stand for a special value instead of a normal answer (`new` instead of an address). */
  alternatives?: { words: string; value: string }[];
}

export interface StepSpec {
  fields: FieldSpec[];
  /** Shown before the first field (chat) or as form instructions (ad-hoc). */
  intro?: Text;
  introArgs?: MessageArgs;
}

export type FieldValue = string | boolean | string[];
export type FieldValues = Record<string, FieldValue>;

export type Parsed = { ok: true; value: FieldValue } | { ok: false; error: string; args?: MessageArgs };

/** The words a locale uses for yes/no, and how option labels read to this user. */
export interface ChatVocabulary {
  yes: string[];
  no: string[];
  /** A word-list message, in the user's language and English. */
  words: (key: string) => string[];
  optionLabel: (o: FieldOption) => string;
}

const fail = (error: string, args?: MessageArgs): Parsed => ({ ok: false, error, args });

function parseJidValue(field: FieldSpec, text: string): Parsed {
  // An address typed or pasted in right-to-left text often carries direction marks; they are never part of it.
  const trimmed = text.replace(BIDI_MARKS, "").trim().replace(/^xmpp:/i, "").replace(/\?.*$/, "");
  const jid = normaliseJid(trimmed);
  if (!jid) return fail("error-invalid-jid", { input: text.slice(0, 100) });
  if (field.userJid && !isUserJid(jid)) return fail("error-need-user-jid", { input: jid });
  return { ok: true, value: jid };
}

/** Interprets one chat message as the value of a field. */
export function parseChatValue(field: FieldSpec, text: string, vocab: ChatVocabulary): Parsed {
  const t = text.trim();
  const folded = foldWord(t);
  const alternative = field.alternatives?.find((a) => vocab.words(a.words).includes(folded));
  if (alternative) return { ok: true, value: alternative.value };
  switch (field.type) {
    case "boolean": {
      if (vocab.yes.includes(folded) || folded === "1" || folded === "true") return { ok: true, value: true };
      if (vocab.no.includes(folded) || folded === "0" || folded === "false") return { ok: true, value: false };
      return fail("error-yes-no");
    }
    case "list-single": {
      const options = field.options ?? [];
      const n = /^\d+$/.test(folded) ? Number(folded) : NaN;
      const byNumber = Number.isInteger(n) ? options[n - 1] : undefined;
      const match =
        byNumber ??
        options.find((o) => foldWord(o.value) === folded) ??
        options.find((o) => foldWord(vocab.optionLabel(o)) === folded);
      return match ? { ok: true, value: match.value } : fail("error-choose-option", { count: options.length });
    }
    case "jid-single":
      return parseJidValue(field, t);
    case "text-multi":
      return t ? { ok: true, value: t.split(/\r?\n/) } : fail("error-empty");
    case "text-private":
      // Passwords are taken as typed: leading or trailing spaces may be part of them.
      return text.length > 0 ? { ok: true, value: text } : fail("error-empty");
    default:
      return t ? { ok: true, value: t } : fail("error-empty");
  }
}

/** Interprets the values of a submitted XEP-0004 form field. */
export function parseFormValue(field: FieldSpec, values: string[]): Parsed {
  const first = values[0] ?? "";
  const alternative = field.alternatives?.find((a) => a.value === first.trim().toLowerCase());
  if (alternative) return { ok: true, value: alternative.value };
  switch (field.type) {
    case "boolean":
      if (["1", "true"].includes(first)) return { ok: true, value: true };
      if (["0", "false", ""].includes(first)) return { ok: true, value: false };
      return fail("error-yes-no");
    case "list-single":
      return (field.options ?? []).some((o) => o.value === first)
        ? { ok: true, value: first }
        : fail("error-choose-option", { count: field.options?.length ?? 0 });
    case "jid-single":
      return parseJidValue(field, first);
    case "text-multi":
      return { ok: true, value: values };
    case "text-private":
      return first.length > 0 ? { ok: true, value: first } : fail("error-empty");
    default:
      return first.trim() ? { ok: true, value: first.trim() } : fail("error-empty");
  }
}
