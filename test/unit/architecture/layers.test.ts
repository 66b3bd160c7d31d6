import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, dirname, normalize, sep } from "node:path";

/**
 * The layout the README's code map promises, checked on every run: layers of
 * src/ only look down, flows/ are reached from src/ only by the composition
 * root, stanzas are built only in the protocol layer, the job engine words
 * nothing, and a feature in flows/ is found in one folder.
 */
const ROOT = join(import.meta.dirname, "../../..");

/** Lower numbers are lower layers; a module may import its own folder or a lower layer. */
const RANK: Record<string, number> = {
  core: 0,
  log: 0,
  guard: 0,
  store: 0,
  devserver: 0,
  net: 1,
  metrics: 1,
  importers: 1,
  users: 1,
  config: 2,
  i18n: 3,
  protocol: 4,
  jobs: 5,
  conversation: 5,
  flows: 6,
  "composition.ts": 7,
  "bot.ts": 8,
  cli: 9,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split(sep).join("/"));
}

/** Every module a file imports: relative ones resolved to a path from the root, packages by name. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']/gms)].map(([, spec]) =>
    spec!.startsWith(".") ? normalize(join(dirname(file), spec!)).split(sep).join("/") : spec!,
  );
}

/** The layer of a path: `src/<folder>`, a file directly in src/, or flows. */
const layerOf = (path: string) => (path.startsWith("flows/") ? "flows" : path.split("/")[1]!);

const files = [...sourceFiles("src"), ...sourceFiles("flows")];
const edges = files.flatMap((from) => importsOf(from).map((to) => ({ from, to })));

describe("the code's layers", () => {
  it("knows every folder of src/", () => {
    expect(files.filter((f) => f.startsWith("src/") && RANK[layerOf(f)] === undefined)).toEqual([]);
  });

  it("only look down: no module imports a higher layer (flows only from the composition root)", () => {
    const upward = edges
      .filter(({ to }) => to.startsWith("src/") || to.startsWith("flows/"))
      .filter(({ from, to }) => layerOf(from) !== layerOf(to) && RANK[layerOf(to)]! >= RANK[layerOf(from)]!)
      .map(({ from, to }) => `${from} → ${to}`);
    expect(upward).toEqual([]);
  });

  it("builds and reads stanzas only in the protocol layer (and the command-line client)", () => {
    const outside = edges.filter(({ from, to }) => /^@xmpp\//.test(to) && !/^src\/(protocol|cli|devserver)\//.test(from)).map(({ from }) => from);
    expect([...new Set(outside)]).toEqual([]);
  });

  it("keeps the job engine free of wording: it emits events and imports no catalogue", () => {
    const wording = edges.filter(({ from, to }) => from.startsWith("src/jobs/") && /^src\/(i18n|conversation|users)\//.test(to)).map(({ from, to }) => `${from} → ${to}`);
    expect(wording).toEqual([]);
  });

  it("keeps each feature in its folder: a feature imports only itself, flows/shared and src/", () => {
    const feature = (path: string) => path.split("/")[1]!;
    const across = edges
      .filter(({ from, to }) => from.startsWith("flows/") && to.startsWith("flows/") && from !== "flows/registry.ts")
      .filter(({ from, to }) => feature(to) !== "shared" && feature(to) !== feature(from))
      .map(({ from, to }) => `${from} → ${to}`);
    expect(across).toEqual([]);
  });
});
