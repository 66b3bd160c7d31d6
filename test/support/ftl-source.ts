import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every message and term of one locale's catalogue, with the variables its source text uses. */
export function readCatalogueSource(dir: string, locale: string): Map<string, { file: string; vars: Set<string>; text: string }> {
  const out = new Map<string, { file: string; vars: Set<string>; text: string }>();
  for (const file of readdirSync(join(dir, locale)).filter((f) => f.endsWith(".ftl"))) {
    const lines = readFileSync(join(dir, locale, file), "utf8").split("\n");
    let current: string | undefined;
    for (const line of lines) {
      const start = /^(-?[a-zA-Z][\w-]*)\s*=/.exec(line);
      if (start) {
        current = start[1]!;
        out.set(current, { file, vars: new Set(), text: "" });
      } else if (!/^\s/.test(line)) {
        // A comment or blank line ends the message.
        if (line.trim() !== "") current = undefined;
        continue;
      }
      if (current) {
        const entry = out.get(current)!;
        entry.text += line + "\n";
        for (const m of line.matchAll(/\$([a-zA-Z][\w-]*)/g)) entry.vars.add(m[1]!);
      }
    }
  }
  return out;
}

/** The variables a message needs, including those of the messages it references (`{ other-message }`). */
export function neededVariables(source: ReturnType<typeof readCatalogueSource>, key: string, seen = new Set<string>()): Set<string> {
  const entry = source.get(key);
  if (!entry || seen.has(key)) return new Set();
  seen.add(key);
  const vars = new Set(entry.vars);
  for (const m of entry.text.matchAll(/\{\s*([a-zA-Z][\w-]*)\s*\}/g)) for (const v of neededVariables(source, m[1]!, seen)) vars.add(v);
  return vars;
}

/** One number for each plural category the locale has (CLDR), for rendering checks. */
export function pluralSamples(locale: string): Map<string, number> {
  const rules = new Intl.PluralRules(locale);
  const samples = new Map<string, number>();
  for (const n of [0, 1, 2, 3, 5, 11, 21, 22, 100, 101, 102, 1000000, 0.5, 1.5]) {
    const cat = rules.select(n);
    if (!samples.has(cat)) samples.set(cat, n);
  }
  return samples;
}
