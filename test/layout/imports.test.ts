/**
 * The layering of the code, checked on its import statements: the pipeline's stages import only the
 * ones below them, languages and protocols only the base (errors, JSON), and nothing imports in a cycle.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "../helpers/snipgen.js";

/**
 * Lowest first; a module may import its own layer and the ones before it. Tests sit above all: test/,
 * and the tests and test knowledge a language, protocol or target keeps in its folder (checks.ts,
 * parse-check.ts, runtime.ts and runtime/, *.test.ts), as do scripts/.
 */
const LAYERS: string[][] = [
  // The language catalogues (src/i18n/) are base: errors are written with them, and the protocols' page sections take their messages.
  // src/load/ loads built code and formatters with V8's code cache, for the CLI's start, the templates and the formatters.
  ["src/errors.ts", "src/json/", "src/paths.ts", "src/i18n/", "src/load/"],
  ["languages/", "protocols/"],
  ["src/registry/"],
  ["src/render/", "src/format/"],
  ["src/generate.ts"],
  // serve answers with the same responses the output prints: beside it, above generate.
  ["src/output/", "src/serve/"],
  ["src/cli/"],
  ["scripts/", "test/", "targets/"],
];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return ["golden", "node_modules", "target"].includes(name) ? [] : sources(path);
    return /\.(ts|mts)$/.test(name) ? [path] : [];
  });
}

const FILES = ["src", "languages", "protocols", "targets", "test", "scripts"].flatMap(sources);

/** Relative imports of a file (static, dynamic and type-only), as repository paths of .ts files. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)["'](\.{1,2}\/[^"']+)["']/gm)].map((m) => m[1]!);
  return specifiers.map((s) => relative(ROOT, resolve(ROOT, dirname(file), s)).replace(/\.js$/, ".ts")).filter((path) => FILES.includes(path));
}

const TEST_FILE = /^(languages|protocols|targets)\/.*(\/checks\.ts|\/parse-check\.ts|\/runtime\.ts|\/runtime\/.*|\.test\.ts)$/;
/** A target's own template helpers sit with the languages: they use the language's escapers, and the renderer loads them. */
const TARGET_HELPERS = /^targets\/[^/]+\/[^/]+\/helpers\.ts$/;

function layerOf(file: string): number {
  if (TEST_FILE.test(file)) return LAYERS.length - 1;
  if (TARGET_HELPERS.test(file)) return LAYERS.findIndex((layer) => layer.includes("languages/"));
  const index = LAYERS.findIndex((layer) => layer.some((prefix) => file === prefix || file.startsWith(prefix)));
  if (index < 0) throw new Error(`${file} belongs to no layer: add it to LAYERS`);
  return index;
}

const GRAPH = new Map(FILES.map((f) => [f, importsOf(f)]));

describe("imports", () => {
  it("reads the tree (the check itself works)", () => {
    assert.ok(GRAPH.get("src/generate.ts")!.includes("src/render/render.ts"), "src/generate.ts imports src/render/render.ts");
    assert.ok(FILES.length > 40, `only ${FILES.length} files`);
  });

  it("no module imports one of a higher layer", () => {
    const upward = [...GRAPH].flatMap(([file, deps]) => deps.filter((dep) => layerOf(dep) > layerOf(file)).map((dep) => `${file} -> ${dep}`));
    assert.deepEqual(upward, []);
  });

  it("no import cycle", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, "open");
      stack.push(file);
      for (const dep of GRAPH.get(file) ?? []) {
        if (state.get(dep) === "open") cycles.push([...stack.slice(stack.indexOf(dep)), dep].join(" -> "));
        else if (!state.has(dep)) visit(dep);
      }
      stack.pop();
      state.set(file, "done");
    };
    for (const file of FILES) if (!state.has(file)) visit(file);
    assert.deepEqual(cycles, []);
  });
});
