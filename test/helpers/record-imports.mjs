// Loaded with `node --import ./test/helpers/record-imports.mjs`: appends to the file named by
// SNIPGEN_RECORD_IMPORTS every module URL the ES module loader resolves and every file the process reads
// under dist/ (snipgen's built code and templates, loaded through vm.Script with V8's code cache),
// node_modules/ (prettier and its plugins are loaded the same way; others through require), targets/
// (target.json, constants.json) and locales/ (the language catalogues).
import fs, { appendFileSync } from "node:fs";
import { register, syncBuiltinESMExports } from "node:module";
import { fileURLToPath } from "node:url";

const file = process.env.SNIPGEN_RECORD_IMPORTS;
register("./record-imports-hooks.mjs", import.meta.url, { data: { file } });

const WATCHED = ["../../dist/", "../../targets/", "../../locales/"].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));
const readFileSync = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  if (file && typeof path === "string" && (path.includes("node_modules") || WATCHED.some((dir) => path.startsWith(dir))))
    appendFileSync(file, `file://${path}\n`);
  return readFileSync.call(this, path, ...rest);
};
syncBuiltinESMExports();
