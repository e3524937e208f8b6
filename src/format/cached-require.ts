import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import vm from "node:vm";
import { PACKAGE_ROOT } from "../paths.js";

/**
 * Loads a CommonJS file through vm.Script with V8's code cache. Prettier and its plugins are large, and
 * compiling them is most of a run's cost: `npm run build` runs each once and saves the compiled code in
 * dist/v8-cache/, and later runs start from it. The cache file is keyed by the source's hash; a cache V8
 * rejects (another Node version) only costs the compile it would have saved.
 */
export const CACHE_DIR = join(PACKAGE_ROOT, "dist", "v8-cache");
const nodeRequire = createRequire(import.meta.url);
const loaded = new Map<string, { exports: unknown; script: vm.Script; cacheFile: string }>();

export type Overrides = Record<string, unknown>;

export function cachedRequire(specifier: string, overrides: Overrides = {}): unknown {
  const file = nodeRequire.resolve(specifier);
  const hit = loaded.get(file);
  if (hit) return hit.exports;
  const source = readFileSync(file, "utf8");
  const cacheFile = join(
    CACHE_DIR,
    `${createHash("sha256")
      .update(file.slice(file.lastIndexOf("node_modules")))
      .update(source)
      .digest("hex")
      .slice(0, 24)}.bin`,
  );
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} as unknown };
  loaded.set(file, { exports: module.exports, script, cacheFile });
  const ownRequire = createRequire(file);
  // The file's own require: the overrides first (a plugin's "prettier" is the standalone build we loaded),
  // then Node's. (web-tree-sitter, under the Java plugin, stays with Node's: it uses import(), which a
  // vm.Script can only do behind an experimental flag.)
  const localRequire = Object.assign((id: string) => (id in overrides ? overrides[id] : ownRequire(id)), ownRequire);
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, localRequire, module, file, dirname(file));
  loaded.get(file)!.exports = module.exports;
  return module.exports;
}

/** For each file loaded: whether a cache was there and whether V8 took it. */
export function cacheReport(): { file: string; cached: boolean; rejected: boolean }[] {
  return [...loaded].map(([file, { script, cacheFile }]) => ({ file, cached: existsSync(cacheFile), rejected: script.cachedDataRejected === true }));
}

/** Writes the code cache of every file loaded so far (after they ran, so it holds the functions they used). */
export function writeCodeCache(): string[] {
  mkdirSync(CACHE_DIR, { recursive: true });
  return [...loaded.values()].map(({ script, cacheFile }) => {
    writeFileSync(cacheFile, script.createCachedData());
    return cacheFile;
  });
}
