// Run by the build (node dist/warm-cache.mjs): formats real snippets with every prettier parser snipgen
// uses, then saves V8's compiled code for prettier and its plugins into dist/v8-cache/.
import { generate } from "../generate.js";
import { DEFAULTS } from "../model/spec.js";
import { frameworksOf } from "../registry/index.js";
import { STYLES } from "../registry/types.js";
import { writeCodeCache } from "./cached-require.js";

const formatted = frameworksOf("http").filter((f) => f.formatter);
for (const style of STYLES) {
  for (const code of [200, 201, 204, 503]) {
    await generate({
      protocol: "http",
      code,
      frameworks: formatted,
      style,
      numeric: false,
      prettier: true,
      overrides: { body: { kind: "model" }, headers: [], route: DEFAULTS.route, method: DEFAULTS.method },
      skipUnsupported: true,
    });
  }
}
console.log(`v8 code cache: ${writeCodeCache().length} files`);
