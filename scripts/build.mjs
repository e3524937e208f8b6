// Bundles the CLI into dist/snipgen.mjs and precompiles every template into dist/templates/, so a
// run loads only the Handlebars runtime and the one template it needs. Prettier, its plugins and the
// Handlebars compiler stay external and are imported lazily, only when an output needs them.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import Handlebars from "handlebars";

// The same file src/render/templates.ts compiles with at run time.
const COMPILE_OPTIONS = JSON.parse(readFileSync("src/render/compile-options.json", "utf8"));
const dirsIn = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

// Built into a fresh folder and swapped in at the end, so a test running meanwhile never sees half a dist/.
const out = `dist.build-${process.pid}`;
rmSync(out, { recursive: true, force: true });
/** Precompiles a Handlebars file into an ES module exporting its template; a syntax error stops the build. */
function precompileTo(path, outFile) {
  let precompiled;
  try {
    precompiled = Handlebars.precompile(readFileSync(path, "utf8"), COMPILE_OPTIONS);
  } catch (err) {
    console.error(`${path}:${err.lineNumber ?? "?"}:${(err.column ?? 0) + 1}: ${err.message}`);
    process.exit(1);
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `export default ${precompiled};\n`);
}
// Every target's template: targets/<protocol>/<id>/template.hbs becomes dist/templates/<protocol>/<id>.js.
for (const protocol of dirsIn("targets")) {
  for (const id of dirsIn(join("targets", protocol)).filter((id) => existsSync(join("targets", protocol, id, "template.hbs")))) {
    precompileTo(join("targets", protocol, id, "template.hbs"), join(out, "templates", protocol, `${id}.js`));
  }
}
// Every language's partials: languages/<lang>/partials/<name>.hbs becomes dist/partials/<lang>/<name>.js.
for (const language of dirsIn("languages").filter((l) => existsSync(join("languages", l, "partials")))) {
  for (const file of readdirSync(join("languages", language, "partials")).filter((f) => f.endsWith(".hbs"))) {
    precompileTo(join("languages", language, "partials", file), join(out, "partials", language, file.replace(/\.hbs$/, ".js")));
  }
}

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Only the compiler entry ("handlebars") is external; "handlebars/runtime" is bundled.
  plugins: [{ name: "handlebars-compiler-external", setup: (b) => b.onResolve({ filter: /^handlebars$/ }, () => ({ path: "handlebars", external: true })) }],
  // Formatters are loaded at run time by name (src/format/cached-require.ts), never bundled.
  external: ["prettier", "prettier/*", "prettier-plugin-*", "@prettier/*"],
  banner: { js: "import { createRequire as __snipgenRequire } from 'node:module'; const require = __snipgenRequire(import.meta.url);" },
  logLevel: "warning",
};
await build({
  ...common,
  entryPoints: { snipgen: "src/cli/index.ts" },
  // Code only some runs need (yargs for help and errors) goes into chunks loaded on demand.
  outdir: out,
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
  splitting: true,
  outExtension: { ".js": ".mjs" },
});
// Built on its own, so it shares no chunk with the CLI: a run loads one file.
await build({ ...common, entryPoints: ["scripts/warm-cache.ts"], outfile: join(out, "warm-cache.mjs"), splitting: false });

const old = `dist.old-${process.pid}`;
if (existsSync("dist")) renameSync("dist", old);
renameSync(out, "dist");
rmSync(old, { recursive: true, force: true });

// Compile prettier and its plugins once and keep V8's code for later runs (see src/format/cached-require.ts).
const warm = spawnSync(process.execPath, ["dist/warm-cache.mjs"], { encoding: "utf8" });
if (warm.status !== 0) {
  console.error(`warming the code cache failed:\n${warm.stderr}`);
  process.exit(1);
}
