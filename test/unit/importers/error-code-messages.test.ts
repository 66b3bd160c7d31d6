import { describe, it, expect } from "vitest";
import { Catalog } from "../../../src/i18n/catalog.ts";
import { IMPORT_ERROR_CODES, PARSE_PROBLEM_CODES } from "../../../src/importers/import-entry.ts";
import { DOWNLOAD_ERROR_CODES } from "../../../src/net/guarded-download.ts";
import { LOCALES_DIR } from "../../support/unit-world.ts";

const catalog = Catalog.load(LOCALES_DIR, { defaultLocale: "en" });
const UNKNOWN = "zz-no-such-code";

/**
 * Codes whose message falls back to `*[other]`, which shows the raw code: the message with the
 * code reads exactly like the message with a code nobody knows, the code put in its place.
 */
function codesShownRaw(locale: string, key: string, selector: string, codes: readonly string[], args: Record<string, string | number>): string[] {
  const fallback = catalog.t(locale, key, { ...args, [selector]: UNKNOWN });
  expect(fallback, `${locale} ${key}: the fallback shows the code`).toContain(UNKNOWN);
  return codes.filter((code) => catalog.t(locale, key, { ...args, [selector]: code }) === fallback.replace(UNKNOWN, code));
}

describe.each(catalog.locales)("%s: every error code has its own words", (locale) => {
  it("every reason a download fails", () => {
    expect(codesShownRaw(locale, "import-download-failed", "reason", DOWNLOAD_ERROR_CODES, { max: 5_242_880 })).toEqual([]);
  });

  it("every problem with a part of a file", () => {
    expect(codesShownRaw(locale, "import-problem-item", "code", PARSE_PROBLEM_CODES, { line: 12, detail: "x" })).toEqual([]);
  });

  it("every file that cannot be read at all", () => {
    expect(IMPORT_ERROR_CODES.filter((code) => !catalog.has(locale, `import-error-${code}`))).toEqual([]);
  });
});
