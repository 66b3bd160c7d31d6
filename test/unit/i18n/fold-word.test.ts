import { describe, it, expect } from "vitest";
import { foldWord } from "../../../src/i18n/fold-word.ts";
import { Catalog } from "../../../src/i18n/catalog.ts";
import { matchCommand, isWord } from "../../../src/conversation/match-command.ts";
import { COMMANDS } from "../../../flows/registry.ts";
import { LOCALES_DIR, unitWorld } from "../../support/unit-world.ts";
import { parseChatValue, type ChatVocabulary } from "../../../src/conversation/fields.ts";

describe("typed words", () => {
  it("ignore case, accents and closing punctuation", () => {
    expect(foldWord(" Déménager! ")).toBe(foldWord("demenager"));
    expect(foldWord("¿Ayuda?")).toBe("ayuda");
    expect(foldWord("إلغاء؟")).toBe(foldWord("الغاء"));
  });

  it("find commands in each language however they are typed", () => {
    const catalog = Catalog.load(LOCALES_DIR, { defaultLocale: "en" });
    expect(matchCommand(catalog, "fr", COMMANDS, "DEMENAGER")?.command.id).toBe("move");
    expect(matchCommand(catalog, "es", COMMANDS, "Menú")?.command.id).toBe("help");
    expect(matchCommand(catalog, "ru", COMMANDS, "Помощь")?.command.id).toBe("help");
    expect(matchCommand(catalog, "ar", COMMANDS, "مساعدة")?.command.id).toBe("help");
    expect(isWord(catalog, "pt-BR", "word-cancel", "Cancelar.")).toBe(true);
  });

  it("read Arabic-Indic and Persian digits as numbers, and ignore bidi marks", () => {
    expect(foldWord("١٢")).toBe("12");
    expect(foldWord("۳")).toBe("3");
    expect(foldWord("\u200fالعربية\u061c")).toBe(foldWord("العربية"));
    const vocab: ChatVocabulary = { yes: ["yes"], no: ["no"], words: () => [], optionLabel: (o) => String(o.label) };
    const field = { var: "x", type: "list-single" as const, label: "x", options: [{ value: "a", label: "a" }, { value: "b", label: "b" }] };
    expect(parseChatValue(field, "٢", vocab)).toEqual({ ok: true, value: "b" });
    expect(parseChatValue({ var: "y", type: "boolean", label: "y" }, "١", vocab)).toEqual({ ok: true, value: true });
    expect(parseChatValue({ var: "y", type: "boolean", label: "y" }, "٠", vocab)).toEqual({ ok: true, value: false });
  });

  it("an address typed in right-to-left text is read without its direction marks", () => {
    const vocab: ChatVocabulary = { yes: ["yes"], no: ["no"], words: () => [], optionLabel: (o) => String(o.label) };
    const field = { var: "new-jid", type: "jid-single" as const, label: "x" };
    expect(parseChatValue(field, "\u200fjuliet@new.example", vocab)).toEqual({ ok: true, value: "juliet@new.example" });
    expect(parseChatValue(field, "juliet@new.example\u200e", vocab)).toEqual({ ok: true, value: "juliet@new.example" });
  });

  it("an Arabic keyboard's ١ picks the first menu entry", async () => {
    const arabic = await unitWorld().chat.handle("alice@old.test", "١");
    const ascii = await unitWorld().chat.handle("alice@old.test", "1");
    expect(arabic).toEqual(ascii);
    expect(arabic.join("\n")).not.toMatch(/didn't understand/);
  });

  it("typing العربية at the language question chooses Arabic", async () => {
    const w = unitWorld();
    await w.chat.handle("alice@old.test", "language");
    expect(await w.chat.handle("alice@old.test", "العربية")).toEqual([w.catalog.t("ar", "language-set")]);
  });

  it("no command word of a language belongs to two commands", () => {
    const catalog = Catalog.load(LOCALES_DIR, { defaultLocale: "en" });
    for (const locale of catalog.locales) {
      const owners = new Map<string, string>();
      for (const c of COMMANDS) {
        for (const w of catalog.words(locale, `cmd-${c.id}`)) {
          expect(owners.get(w) ?? c.id, `${locale}: "${w}" is ${owners.get(w)} and ${c.id}`).toBe(c.id);
          owners.set(w, c.id);
        }
      }
    }
  });
});
