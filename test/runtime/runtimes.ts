/** Each target's runtime description (targets/<protocol>/<id>/runtime.ts), for the runners that run code for real. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Target } from "../../src/registry/types.js";
import { ALL_TARGETS, targetDir } from "../helpers/registry.js";
import type { TargetRuntime } from "./harness.js";

type RuntimeModule = { default: TargetRuntime | ((target: Target) => TargetRuntime) };

/** The selected targets with their runtime, or null for a target that has none here (checked by parsing only). */
export async function targetRuntimes(): Promise<{ target: Target; runtime: TargetRuntime | null }[]> {
  return Promise.all(
    ALL_TARGETS.map(async (target) => {
      const file = join(targetDir(target), "runtime.ts");
      if (!existsSync(file)) return { target, runtime: null };
      const { default: made } = (await import(pathToFileURL(file).href)) as RuntimeModule;
      return { target, runtime: typeof made === "function" ? made(target) : made };
    }),
  );
}
