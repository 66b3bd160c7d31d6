import { describe, it, expect } from "vitest";
import { createActor } from "xstate";
import { Catalog } from "../../../src/i18n/catalog.ts";
import { SettingsError } from "../../../src/config/settings.ts";
import { broadcastFlow } from "../../../flows/admin/broadcast.ts";
import type { AdminServices } from "../../../flows/admin/admin-services.ts";
import type { Say } from "../../../src/conversation/flow-contract.ts";
import { LOCALES_DIR, unitWorld } from "../../support/unit-world.ts";

const alice = "alice@old.test";

/** The setting a failed Catalog.load names, or undefined when it loads. */
function badSetting(opts: { defaultLocale: string; offered?: string[] }): string | undefined {
  try {
    Catalog.load(LOCALES_DIR, opts);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(SettingsError);
    return (e as SettingsError).setting;
  }
}

describe("FERRY_LOCALE and FERRY_LOCALES", () => {
  it("a locale without a catalogue is a bad setting, named", () => {
    expect(badSetting({ defaultLocale: "it" })).toBe("FERRY_LOCALE");
    expect(badSetting({ defaultLocale: "en", offered: ["de", "it"] })).toBe("FERRY_LOCALES");
    expect(badSetting({ defaultLocale: "en", offered: ["de"] })).toBeUndefined();
  });

  it("match the catalogue folders whatever the case, and leave the caller's list alone", () => {
    const offered = ["pt-br", "FR"];
    const catalog = Catalog.load(LOCALES_DIR, { defaultLocale: "PT-br", offered });
    expect(catalog.defaultLocale).toBe("pt-BR");
    expect(catalog.offered).toEqual(["pt-BR", "fr"]);
    expect(offered).toEqual(["pt-br", "FR"]);
    expect(Catalog.load(LOCALES_DIR, { defaultLocale: "de", offered }).offered).toEqual(["de", "pt-BR", "fr"]);
    expect(offered).toEqual(["pt-br", "FR"]);
  });

  it("a restricted list (default de, offered fr) is all `language` lists and all negotiation picks", async () => {
    const w = unitWorld({ locales: { defaultLocale: "de", offered: ["fr"] } });
    const ask = (await w.chat.handle(alice, "sprache")).join("\n");
    expect(ask).toContain("1. Deutsch");
    expect(ask).toContain("2. Français");
    expect(ask).not.toMatch(/English|Русский|العربية|Español|Português/);
    await w.chat.handle(alice, "abbrechen");
    // A client asking for Russian gets the default; a regional French gets French.
    expect((await w.chat.handle(alice, "help", "ru"))[0]).toMatch(/^Hallo! Ich bin Ferry/);
    expect((await w.chat.handle(alice, "aide", "fr-CA"))[0]).toMatch(/^Bonjour\s! Je suis Ferry/);
  });
});

describe("lists in messages", () => {
  it("are joined the way the reader's language joins them (Arabic: و before each item)", () => {
    const catalog = Catalog.load(LOCALES_DIR, { defaultLocale: "ar", offered: ["ar", "de", "fr"] });
    const flow = broadcastFlow({ catalog, botJid: "migrate@old.test" } as AdminServices);
    const actor = createActor(flow.machine, { input: { user: "boss@old.test", conversation: "c", channel: "chat", admin: true } });
    const said: Say[] = [];
    actor.on("say", (e) => void said.push(e as Say));
    actor.start();
    actor.send({ type: "submit", values: { text: ["نص"], languages: "xx yy zz" } });
    // Isolates aside (see below), the words as a reader gets them.
    const reply = catalog.t("ar", String(said[0]!.text), said[0]!.args).replace(/[\u2068\u2069]/g, "");
    expect(reply).toContain("xx وyy وzz");
    expect(reply).toContain("de وfr");
    expect(reply).not.toContain(", ");
    actor.stop();
  });
});

const FSI = "\u2068";
const PDI = "\u2069";

/** The contents of the isolates at the top level of a text, in order. */
function topIsolates(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (const [i, ch] of [...text].entries()) {
    if (/[\u2066-\u2068]/.test(ch)) {
      if (depth++ === 0) start = i + 1;
    } else if (ch === PDI && --depth === 0) {
      found.push([...text].slice(start, i).join(""));
    }
  }
  return found;
}

/**
 * The direction a client gives an FSI isolate: that of its first strong character,
 * nested isolates skipped (Unicode bidi rules P2–P3).
 */
function isolateDirection(content: string): "rtl" | "ltr" | undefined {
  let depth = 0;
  for (const ch of content) {
    if (/[\u2066-\u2068]/.test(ch)) depth++;
    else if (ch === PDI) depth--;
    else if (depth === 0 && /[\p{Script=Arabic}\p{Script=Hebrew}\u200f]/u.test(ch)) return "rtl";
    else if (depth === 0 && /[\p{L}\u200e]/u.test(ch)) return "ltr";
  }
  return undefined;
}

describe("lists of addresses in right-to-left text", () => {
  const catalog = Catalog.load(LOCALES_DIR, { defaultLocale: "en" });

  it("isolate each address, so Arabic reads the list right to left in its order, with its own separators", () => {
    const reply = catalog.t("ar", "error-other-domain", { domains: ["a.test", "b.test", "c.test"] });
    const [list, ...rest] = topIsolates(reply);
    expect(rest).toEqual([]);
    expect(list!.startsWith(FSI)).toBe(true);
    expect(isolateDirection(list!)).toBe("rtl");
    expect(topIsolates(list!)).toEqual(["a.test", "b.test", "c.test"]);
    // The conjunctions are Arabic, outside the addresses' isolates.
    expect(list!.replace(/\u2068[^\u2069]*\u2069/g, "…")).toBe("… و… و…");
  });

  it("leave left-to-right languages without marks", () => {
    expect(catalog.t("en", "error-other-domain", { domains: ["a.test", "b.test"] })).toBe("Sorry, I only serve accounts on a.test and b.test.");
  });
});
