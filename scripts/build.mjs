// Bundles the CLI into dist/ and precompiles every template into dist/templates/, so a run loads only
// the Handlebars runtime and the one template it needs. Prettier, its plugins and the Handlebars
// compiler stay external and are required lazily, only when an output needs them. Everything a run
// loads from dist/ is CommonJS, so src/load/code-cache.ts can load it with V8's code cache, which the
// build writes last by running the CLI.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { build, transform } from "esbuild";
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
/** Handlebars' precompiled spec of a file, as JavaScript source; a syntax error stops the build. */
function precompiled(path) {
  try {
    return Handlebars.precompile(readFileSync(path, "utf8"), COMPILE_OPTIONS);
  } catch (err) {
    console.error(`${path}:${err.lineNumber ?? "?"}:${(err.column ?? 0) + 1}: ${err.message}`);
    process.exit(1);
  }
}
/** A CommonJS module exporting `value` (JavaScript source). */
function writeModule(outFile, value) {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `module.exports = ${value};\n`);
}
// Every target's template: targets/<protocol>/<id>/template.hbs becomes dist/templates/<protocol>/<id>.cjs.
for (const protocol of dirsIn("targets")) {
  for (const id of dirsIn(join("targets", protocol)).filter((id) => existsSync(join("targets", protocol, id, "template.hbs")))) {
    writeModule(join(out, "templates", protocol, `${id}.cjs`), precompiled(join("targets", protocol, id, "template.hbs")));
  }
}
// Every language's partials, one file per language (a run loads them all at once): languages/<lang>/partials/<name>.hbs
// becomes the entry <name> of dist/partials/<lang>.cjs.
for (const language of dirsIn("languages").filter((l) => existsSync(join("languages", l, "partials")))) {
  const names = readdirSync(join("languages", language, "partials"))
    .filter((f) => f.endsWith(".hbs"))
    .sort();
  const entries = names.map((f) => `${JSON.stringify(f.slice(0, -".hbs".length))}: ${precompiled(join("languages", language, "partials", f))}`);
  writeModule(join(out, "partials", `${language}.cjs`), `{\n${entries.join(",\n")}\n}`);
}

// Bundled code names its own file as import.meta.url; in CommonJS that is __filename's URL.
const OWN_URL = { define: { "import.meta.url": "__snipgenUrl" }, banner: 'var __snipgenUrl = require("node:url").pathToFileURL(__filename).href;' };
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  // Only the compiler entry ("handlebars") is external; "handlebars/runtime" is bundled.
  plugins: [
    { name: "handlebars-compiler-external", setup: (b) => b.onResolve({ filter: /^handlebars$/ }, () => ({ path: "handlebars", external: true })) },
    // The models are large: V8 reads JSON.parse("...") much faster than the same data written as an object literal.
    {
      name: "json-parse",
      setup: (b) =>
        b.onLoad({ filter: /\.json$/ }, ({ path }) => ({
          contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(path, "utf8"))))});`,
          loader: "js",
        })),
    },
  ],
  // Formatters are required at run time by name (src/format/index.ts), never bundled.
  external: ["prettier", "prettier/*", "prettier-plugin-*", "@prettier/*"],
  logLevel: "warning",
};
// esbuild splits code into chunks only for ES modules: the CLI is built as ES modules (code only some runs
// need, such as yargs for help and errors, or each language, goes into a chunk loaded on demand), then each
// file is turned into CommonJS, import() included.
await build({
  ...common,
  format: "esm",
  // A target's own template helpers (targets/<protocol>/<id>/helpers.ts) are entries of their own: dist/helpers/<protocol>/<id>.cjs.
  entryPoints: {
    snipgen: "src/cli/index.ts",
    ...Object.fromEntries(
      dirsIn("targets").flatMap((protocol) =>
        dirsIn(join("targets", protocol))
          .filter((id) => existsSync(join("targets", protocol, id, "helpers.ts")))
          .map((id) => [`helpers/${protocol}/${id}`, join("targets", protocol, id, "helpers.ts")]),
      ),
    ),
  },
  outdir: out,
  chunkNames: "chunks/[name]-[hash]",
  splitting: true,
  outExtension: { ".js": ".cjs" },
});
const builtFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? builtFiles(join(dir, e.name)) : [join(dir, e.name)]));
for (const file of builtFiles(out).filter((f) => f.endsWith(".cjs") && !f.includes(`${out}/templates/`) && !f.includes(`${out}/partials/`))) {
  const { code } = await transform(readFileSync(file, "utf8"), {
    format: "cjs",
    target: "node20",
    supported: { "dynamic-import": false },
    define: OWN_URL.define,
    logLevel: "warning",
  });
  // Only a file that names its own URL pays for computing it.
  writeFileSync(file, code.includes("__snipgenUrl") ? `${OWN_URL.banner}\n${code}` : code);
}
// What bin/snipgen.cjs runs: the code cache's loader, which loads the bundle above.
await build({ ...common, format: "cjs", entryPoints: ["src/cli/start.ts"], outfile: join(out, "start.cjs"), ...OWN_URL, banner: { js: OWN_URL.banner } });

const old = `dist.old-${process.pid}`;
if (existsSync("dist")) renameSync("dist", old);
renameSync(out, "dist");
rmSync(old, { recursive: true, force: true });

// Write V8's code cache (src/load/code-cache.ts): runs of the CLI that between them load every file a run
// can load from dist/ and node_modules, each file's cache written by the first run that loaded it. One
// code with every target comes first, so each file's cache holds what printing a snippet needs and little
// more (a cache holding every code's paths, as the export's would, is larger and slower to read than the
// few functions a run adds by compiling them); the runs after it cache what only they load.
const scratch = mkdtempSync(join(tmpdir(), "snipgen-warm-"));
try {
  for (const args of [
    ["202", "--all"],
    ["sip", "200", "--all"],
    ["export", join(scratch, "md")],
    ["export", join(scratch, "html"), "--format", "html", "--codes", "200"],
    ["--help"],
    ["list"],
  ]) {
    const warm = spawnSync(process.execPath, ["bin/snipgen.cjs", ...args], { encoding: "utf8", env: { ...process.env, SNIPGEN_WRITE_CODE_CACHE: "1" } });
    if (warm.status !== 0) {
      console.error(`warming the code cache with snipgen ${args.join(" ")} failed:\n${warm.stderr}`);
      process.exit(1);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
