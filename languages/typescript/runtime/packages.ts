/** Whether an npm package resolves for code written under the repository's .tmp/, where the TypeScript runtimes' cases live. */
import { createRequire } from "node:module";
import { join } from "node:path";
import { ROOT } from "../../../test/helpers/snipgen.js";

/** The repository's .tmp/: case files written there resolve packages from its node_modules. */
export const INSIDE_REPO = join(ROOT, ".tmp");

/** Null when `specifier` resolves from INSIDE_REPO, else what is missing (for TargetRuntime.missing). */
export function missingPackage(specifier: string): string | null {
  try {
    createRequire(join(INSIDE_REPO, "x.mjs")).resolve(specifier);
    return null;
  } catch {
    return `${specifier} is not installed (npm install: it is a devDependency)`;
  }
}
