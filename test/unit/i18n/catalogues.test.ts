import { describe, it, expect } from "vitest";
import { readdirSync } from "node:fs";
import { Catalog } from "../../../src/i18n/catalog.ts";
import { LOCALES_DIR } from "../../support/unit-world.ts";
import { readCatalogueSource, pluralSamples, neededVariables } from "../../support/ftl-source.ts";

const locales = readdirSync(LOCALES_DIR).sort();
const english = readCatalogueSource(LOCALES_DIR, "en");
const others = locales.filter((l) => l !== "en");

describe("message catalogues", () => {
  it("has English and every other locale loadable", () => {
    expect(locales).toContain("en");
    expect(() => Catalog.load(LOCALES_DIR, { defaultLocale: "en" })).not.toThrow();
  });

  describe.each(others)("%s", (locale) => {
    const source = readCatalogueSource(LOCALES_DIR, locale);

    it("has every English message and no message English lacks", () => {
      expect([...english.keys()].filter((k) => !source.has(k))).toEqual([]);
      expect([...source.keys()].filter((k) => !english.has(k))).toEqual([]);
    });

    it("uses exactly the placeholders English uses", () => {
      const mismatches = [...english.entries()]
        .filter(([key]) => source.has(key))
        .map(([key, en]) => ({ key, en: [...en.vars].sort(), here: [...source.get(key)!.vars].sort() }))
        .filter((m) => m.en.join() !== m.here.join());
      expect(mismatches).toEqual([]);
    });
  });

  describe.each(locales)("%s renders", (locale) => {
    it("every message for every plural category of the language, without errors", () => {
      const problems: string[] = [];
      const catalog = Catalog.load(LOCALES_DIR, { defaultLocale: "en", onMissing: (l, k) => problems.push(`${l}:${k}`) });
      const source = readCatalogueSource(LOCALES_DIR, locale);
      for (const [category, n] of pluralSamples(locale)) {
        for (const key of source.keys()) {
          if (key.startsWith("-")) continue;
          const args = Object.fromEntries([...neededVariables(source, key)].map((v) => [v, n]));
          const text = catalog.t(locale, key, args);
          if (text.includes("{") || text.trim() === "") problems.push(`${key} (${category}): ${text}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
});

describe("right-to-left text", () => {
  const catalog = Catalog.load(LOCALES_DIR, { defaultLocale: "en" });
  const rtl = locales.filter((l) => catalog.isRightToLeft(l));

  it("knows Arabic is written right to left (so the marks below are not skipped unnoticed)", () => {
    expect(rtl).toContain("ar");
  });

  it.each(rtl)("%s starts every line right-to-left, a list on lines of its own too, but leaves a preformatted block's fence alone", (locale) => {
    const list = { lines: ["a@x.example", "b@y.example"].map((jid) => ({ key: "report-skipped-item", args: { jid, reason: "gateway" } })) };
    const lines = catalog.t(locale, "move-plan-skipped", { count: 2, list }).split("\n");
    expect(lines.length).toBe(3);
    for (const line of lines) expect(line.startsWith("\u200f")).toBe(true);
    const table = catalog.t(locale, "stats-table", { notStarted: 1, inProgress: 0, moved: 2, failed: 0, complete: "yes" });
    expect(table.startsWith("```")).toBe(true);
  });

  it.each(rtl)("%s isolates JIDs and numbers and starts right-to-left", (locale) => {
    const text = catalog.t(locale, "sign-in-wrong-password", { jid: "juliet@capulet.example" });
    expect(text.startsWith("\u200f")).toBe(true);
    expect(text).toContain("\u2068juliet@capulet.example\u2069");
  });

  it("leaves left-to-right text without marks", () => {
    const text = catalog.t("en", "sign-in-wrong-password", { jid: "juliet@capulet.example" });
    expect(text).toBe("The password for juliet@capulet.example did not work. Please try again.");
  });
});
