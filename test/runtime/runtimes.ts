/** Each target's runtime description (targets/<protocol>/<id>/runtime.ts), for the runners that run code for real. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Target } from "../../src/registry/types.js";
import { PROTOCOLS, targetDir, targetsOf } from "../helpers/registry.js";
import { ROOT } from "../helpers/snipgen.js";
import type { TargetRuntime } from "./harness.js";

type RuntimeModule = { default: TargetRuntime | ((target: Target) => TargetRuntime) };

/**
 * The selected targets of every protocol with their runtime, or null for a target that has none here
 * (checked by parsing only). A description may be a function of the target, so a copied folder runs as itself.
 */
export async function targetRuntimes(): Promise<{ target: Target; runtime: TargetRuntime | null }[]> {
  // A protocol with a runtime layer of its own (protocols/<p>/runtime/runtime.test.ts) runs its targets there.
  const targets = PROTOCOLS.filter((p) => !existsSync(`${ROOT}protocols/${p.id}/runtime/runtime.test.ts`)).flatMap((p) => targetsOf(p.id));
  return Promise.all(
    targets.map(async (target) => {
      const file = join(targetDir(target), "runtime.ts");
      if (!existsSync(file)) return { target, runtime: null };
      const { default: made } = (await import(pathToFileURL(file).href)) as RuntimeModule;
      return { target, runtime: typeof made === "function" ? made(target) : made };
    }),
  );
}
