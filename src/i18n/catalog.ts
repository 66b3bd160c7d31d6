import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { negotiateLanguages } from "@fluent/langneg";
import { foldWord } from "./fold-word.ts";
import { SettingsError } from "../config/settings-error.ts";

/** A list of messages, each rendered in the same language and put on its own line. */
export interface MessageLines {
  lines: { key: string; args?: MessageArgs }[];
}
export type MessageArgs = { [name: string]: string | number | Date | string[] | MessageLines | undefined };

const RLM = "\u200f";
/** FIRST-STRONG ISOLATE and POP DIRECTIONAL ISOLATE, as Fluent puts around variables in right-to-left text. */
const FSI = "\u2068";
const PDI = "\u2069";

type TextInfo = { direction?: string };

function isRightToLeft(locale: string): boolean {
  // Node 20 has the `textInfo` getter; newer engines replace it with `getTextInfo()`.
  const l = new Intl.Locale(locale) as Intl.Locale & { textInfo?: TextInfo; getTextInfo?: () => TextInfo };
  return (l.getTextInfo?.() ?? l.textInfo)?.direction === "rtl";
}

/**
 * All message catalogues, one folder per language under locales/ (every .ftl
 * file in it). Adding a language is adding a folder.
 */
export class Catalog {
  private constructor(
    private readonly bundles: Map<string, FluentBundle>,
    readonly defaultLocale: string,
    /** Locales users may choose, in display order. */
    readonly offered: string[],
    private readonly onMissing: (locale: string, key: string) => void,
  ) {
    this.rtl = new Set([...bundles.keys()].filter(isRightToLeft));
  }

  private readonly rtl: Set<string>;

  /** Whether text in this locale runs right to left (Arabic). */
  isRightToLeft(locale: string): boolean {
    return this.rtl.has(locale);
  }

  static load(
    dir: string,
    opts: { defaultLocale: string; offered?: string[]; onMissing?: (locale: string, key: string) => void },
  ): Catalog {
    const bundles = new Map<string, FluentBundle>();
    for (const locale of readdirSync(dir).sort()) {
      const folder = join(dir, locale);
      if (!statSync(folder).isDirectory()) continue;
      // Left-to-right chat needs no bidi marks; right-to-left text isolates every
      // variable (FSI…PDI), so a JID or a number keeps its own direction inside it.
      const bundle = new FluentBundle(locale, { useIsolating: isRightToLeft(locale) });
      for (const file of readdirSync(folder).filter((f) => f.endsWith(".ftl")).sort()) {
        const text = readFileSync(join(folder, file), "utf8");
        const errors = bundle.addResource(new FluentResource(text));
        if (errors.length > 0) throw new Error(`${join(folder, file)}: ${errors[0]!.message}`);
        // The parser drops a message with a syntax error silently; a catalogue must not lose one.
        for (const [, id] of text.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)) {
          if (!bundle.hasMessage(id!)) throw new Error(`${join(folder, file)}: message "${id}" has a syntax error`);
        }
      }
      bundles.set(locale, bundle);
    }
    const available = [...bundles.keys()];
    // Tags are matched whatever their case (pt-br is the pt-BR folder).
    const folderFor = (setting: string, tag: string): string => {
      const folder = available.find((l) => l.toLowerCase() === tag.toLowerCase());
      if (!folder) throw new SettingsError(setting, `no catalogue for "${tag}" under locales/ (have ${available.join(", ")})`);
      return folder;
    };
    const defaultLocale = folderFor("FERRY_LOCALE", opts.defaultLocale);
    const offered = [...new Set((opts.offered ?? available).map((l) => folderFor("FERRY_LOCALES", l)))];
    if (!offered.includes(defaultLocale)) offered.unshift(defaultLocale);
    return new Catalog(bundles, defaultLocale, offered, opts.onMissing ?? (() => undefined));
  }

  get locales(): string[] {
    return [...this.bundles.keys()];
  }

  /** The best offered locale for a requested tag (e.g. "de-AT" → "de"), or undefined. */
  negotiate(requested: string | undefined): string | undefined {
    if (!requested) return undefined;
    const [best] = negotiateLanguages([requested], this.offered, { strategy: "lookup", defaultLocale: "__none" });
    return best === "__none" ? undefined : best;
  }

  has(locale: string, key: string): boolean {
    return this.bundles.get(locale)?.hasMessage(key) ?? false;
  }

  /**
   * Formats a message, falling back to the default locale (and reporting the
   * gap). Each line of right-to-left text starts with a RIGHT-TO-LEFT MARK:
   * every line is a paragraph of its own to the bidi algorithm, and a client
   * that guesses its direction from the first strong character would otherwise
   * take a leading JID, or a list that Fluent isolated as a whole, for a
   * left-to-right paragraph. A line opening a preformatted block (```) is left
   * as it is, or XEP-0393 would no longer see the block.
   */
  t(locale: string, key: string, args?: MessageArgs): string {
    const text = this.format(locale, key, args);
    if (!this.rtl.has(this.has(locale, key) ? locale : this.defaultLocale)) return text;
    return text
      .split("\n")
      .map((line) => (line.startsWith(RLM) || line.startsWith("```") ? line : RLM + line))
      .join("\n");
  }

  private format(locale: string, key: string, args?: MessageArgs): string {
    const bundle = this.has(locale, key) ? this.bundles.get(locale)! : this.bundles.get(this.defaultLocale)!;
    if (bundle.locales[0] !== locale) this.onMissing(locale, key);
    const message = bundle.getMessage(key);
    if (!message?.value) {
      this.onMissing(this.defaultLocale, key);
      return key;
    }
    // Collect formatting errors (a missing variable) instead of throwing: a slightly wrong sentence beats no answer.
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, this.toFluentArgs(bundle.locales[0]!, args), errors);
    if (errors.length > 0) this.onMissing(bundle.locales[0]!, `${key}: ${errors[0]!.message}`);
    return text;
  }

  /** The word a list message shows first (a command word in the menu), as written. */
  displayWord(locale: string, key: string): string | undefined {
    if (!this.has(locale, key)) return undefined;
    return this.format(locale, key).split(",")[0]?.trim() || undefined;
  }

  /** A comma-separated word list message (command words, yes/no words), folded for comparison (see foldWord). */
  words(locale: string, key: string): string[] {
    if (!this.has(locale, key)) return [];
    return this.format(locale, key)
      .split(",")
      .map(foldWord)
      .filter(Boolean);
  }

  private toFluentArgs(locale: string, args: MessageArgs | undefined): Record<string, FluentVariable> | undefined {
    if (!args) return undefined;
    const out: Record<string, FluentVariable> = {};
    for (const [k, v] of Object.entries(args)) {
      if (v === undefined) continue;
      if (Array.isArray(v)) {
        // Lists are joined the way the language joins them ("a, b and c"). In right-to-left text each
        // item gets its own isolate: the language's separators then sit outside them and set the
        // list's direction, so Arabic reads the items right to left in their order.
        const items = this.rtl.has(locale) ? v.map((item) => FSI + item + PDI) : v;
        out[k] = new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
      } else if (typeof v === "object" && "lines" in v) {
        out[k] = v.lines.map((l) => this.t(locale, l.key, l.args)).join("\n");
      } else {
        out[k] = v;
      }
    }
    return out;
  }
}
