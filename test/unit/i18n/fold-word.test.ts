import { describe, it, expect } from "vitest";
import { foldWord } from "../../../src/i18n/fold-word.ts";
import { Catalog } from "../../../src/i18n/catalog.ts";
import { matchCommand, isWord } from "../../../src/commands/match-command.ts";
import { COMMANDS } from "../../../src/commands/command-list.ts";
import { LOCALES_DIR } from "../../support/unit-world.ts";

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
