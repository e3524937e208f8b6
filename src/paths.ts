import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package root (the folder with package.json), found from this module whether bundled in dist/ or run from src/. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("snipgen: cannot find its package root");
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findRoot();
/** One folder per target: targets/<protocol>/<id>/ (target.json, template.hbs, constants.json, ...). */
export const TARGETS_DIR = join(PACKAGE_ROOT, "targets");
/** The targets' templates precompiled by the build: dist/templates/<protocol>/<id>.cjs (CommonJS). */
export const PRECOMPILED_DIR = join(PACKAGE_ROOT, "dist", "templates");
/** A target's own template helpers (targets/<protocol>/<id>/helpers.ts), bundled by the build into dist/helpers/<protocol>/<id>.cjs. */
export const BUILT_HELPERS_DIR = join(PACKAGE_ROOT, "dist", "helpers");
/** Template pieces a language's targets share: languages/<lang>/partials/<name>.hbs ... */
export const PARTIALS_SOURCE_DIR = join(PACKAGE_ROOT, "languages");
/** ... precompiled by the build into dist/partials/<lang>.cjs, one entry per name. */
export const PRECOMPILED_PARTIALS_DIR = join(PACKAGE_ROOT, "dist", "partials");
/** One folder per language: locales/<lang>/ui.json (headings, sentences, errors) and codes.json (descriptions). */
export const LOCALES_DIR = join(PACKAGE_ROOT, "locales");
