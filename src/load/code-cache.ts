import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { PACKAGE_ROOT } from "../paths.js";

/**
 * Loads CommonJS files through vm.Script with V8's code cache: snipgen's own built code (dist/), its
 * precompiled templates, and prettier with its plugins. Compiling them is most of what a run costs
 * beyond Node's own start-up, and Node 20 keeps no compiled code between runs. The build runs the CLI
 * with SNIPGEN_WRITE_CODE_CACHE=1 (scripts/build.mjs), which saves each loaded file's compiled code in
 * dist/v8-cache/ at exit; later runs start from it. A cache file is keyed by the file's path and
 * content, so an edited file never meets a stale cache; a cache V8 rejects (another Node version)
 * only costs the compile it would have saved.
 */
export const CACHE_DIR = join(PACKAGE_ROOT, "dist", "v8-cache");
const DIST = join(PACKAGE_ROOT, "dist") + sep;

interface Loaded {
  module: { exports: unknown };
  script: vm.Script;
  cacheFile: string;
}
// This module is bundled twice: into dist/start.cjs, which loads the CLI, and into the CLI, which loads
// templates, target helpers and formatters. Both copies keep one table of loaded files, in a global, so a
// chunk one of them loaded is never loaded again (a second copy of its module) by the other.
const shared = ((globalThis as { [key: symbol]: unknown })[Symbol.for("snipgen.code-cache")] ??= {
  loaded: new Map<string, Loaded>(),
  flagsSet: false,
  writesAtExit: false,
}) as { loaded: Map<string, Loaded>; flagsSet: boolean; writesAtExit: boolean };
const loaded = shared.loaded;

/** What a loaded file's `require(id)` gives instead of Node's module (a prettier plugin's "prettier" is the standalone build). */
export type Overrides = Record<string, unknown>;

/** The exports of the CommonJS file at `file` (an absolute path), loaded once per process. */
export function requireCached(file: string, overrides: Overrides = {}): unknown {
  const hit = loaded.get(file);
  if (hit) return hit.module.exports;
  if (!shared.flagsSet) {
    // The Java plugin parses with a WebAssembly grammar. A snippet is tiny, so V8's baseline compiler is
    // all it needs; its optimizing tier would spend about 50 ms of CPU per run for nothing. V8 accepts a
    // code cache only under the flags it was made with, so this is set before the first file loads, in
    // every run alike (the build's included).
    v8.setFlagsFromString("--liftoff-only");
    shared.flagsSet = true;
  }
  const bytes = readFileSync(file);
  const cacheFile = join(CACHE_DIR, `${createHash("sha256").update(cacheKey(file)).update("\0").update(bytes).digest("hex").slice(0, 24)}.bin`);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${bytes.toString("utf8")}\n})`, { filename: file, cachedData });
  const module = { exports: {} as unknown };
  loaded.set(file, { module, script, cacheFile });
  try {
    (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, requireFor(file, overrides), module, file, dirname(file));
  } catch (err) {
    loaded.delete(file);
    throw err;
  }
  return module.exports;
}

/** Node's require for Node's own modules ("node:fs"), whoever asks. */
const builtinRequire = createRequire(import.meta.url);

/**
 * A loaded file's own require: the overrides first, then snipgen's own built files (dist/: its chunks,
 * through this cache too), then Node's. A file of snipgen's own asks only for its chunks and Node's
 * modules, so it gets a plain function; a package's file (prettier's) gets Node's require for its path,
 * with require.resolve and the rest. (web-tree-sitter, under the Java plugin, stays with Node's: it uses
 * import(), which a vm.Script can only do behind an experimental flag.)
 */
function requireFor(file: string, overrides: Overrides): NodeJS.Require | ((id: string) => unknown) {
  if (file.startsWith(DIST)) {
    let own: NodeJS.Require | undefined;
    return (id: string) => {
      if (id in overrides) return overrides[id];
      if (id.startsWith(".")) return requireCached(resolve(dirname(file), id));
      return id.startsWith("node:") ? builtinRequire(id) : (own ??= createRequire(file))(id);
    };
  }
  const nodeRequire = createRequire(file);
  return Object.assign((id: string) => (id in overrides ? overrides[id] : nodeRequire(id)), nodeRequire);
}

/** The same key wherever the package is installed: the path from node_modules/ or from the package root. */
function cacheKey(file: string): string {
  const inModules = file.lastIndexOf(`node_modules${sep}`);
  return inModules >= 0 ? file.slice(inModules) : relative(PACKAGE_ROOT, file);
}

/** For each file loaded: whether a cache was there and whether V8 took it. */
export function cacheReport(): { file: string; cached: boolean; rejected: boolean }[] {
  return [...loaded].map(([file, { script, cacheFile }]) => ({ file, cached: existsSync(cacheFile), rejected: script.cachedDataRejected === true }));
}

/**
 * Writes the code cache of every file loaded so far that has none yet (after they ran, so it holds the
 * functions they used). The build calls it through SNIPGEN_WRITE_CODE_CACHE; its first run, the widest,
 * decides what each file's cache holds.
 */
export function writeCodeCache(): string[] {
  mkdirSync(CACHE_DIR, { recursive: true });
  return [...loaded.values()]
    .filter(({ cacheFile }) => !existsSync(cacheFile))
    .map(({ script, cacheFile }) => {
      writeFileSync(cacheFile, script.createCachedData());
      return cacheFile;
    });
}

if (process.env.SNIPGEN_WRITE_CODE_CACHE && !shared.writesAtExit) {
  shared.writesAtExit = true;
  process.once("exit", () => writeCodeCache());
}
