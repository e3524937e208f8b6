/**
 * Runtime layer: every target with a runtime description starts the app-style snippet of every code
 * it can answer (and the matrix's other cases) in its real framework, and the live response must equal
 * the response snipgen promised. Two targets run at a time.
 */
import { describe, it } from "node:test";
import { runtimeSuite } from "./harness.js";
import { targetRuntimes } from "./runtimes.js";

const runtimes = await targetRuntimes();

describe("runtime", { concurrency: 2 }, () => {
  for (const { target, runtime } of runtimes) {
    if (runtime) runtimeSuite(target, runtime);
    // No runtime.ts in its folder (no toolchain can be installed here): checked by the parse layer only.
    else it(`runtime: ${target.id}`, { skip: `${target.id}: parse layer only (no runtime.ts in its folder)` }, () => {});
  }
});
