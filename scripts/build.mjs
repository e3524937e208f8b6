// Bundles the CLI into dist/snipgen.mjs. Prettier and its plugins stay external and are imported
// lazily, only when an output needs them.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/index.ts"],
  outfile: "dist/snipgen.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["prettier", "prettier/*", "prettier-plugin-java", "@prettier/plugin-php", "@prettier/plugin-php/*"],
  banner: { js: "import { createRequire as __snipgenRequire } from 'node:module'; const require = __snipgenRequire(import.meta.url);" },
  logLevel: "warning",
});
