// Loaded with `node --import ./test/helpers/record-imports.mjs`: appends to the file named by
// SNIPGEN_RECORD_IMPORTS every module URL the process resolves, every node_modules file it reads
// (prettier and its plugins are read and compiled through vm.Script with V8's code cache), and every
// file it reads under targets/ (target.json, constants.json: data, not modules) and locales/ (the
// language catalogues).
import fs, { appendFileSync } from "node:fs";
import { register, syncBuiltinESMExports } from "node:module";
import { fileURLToPath } from "node:url";

const file = process.env.SNIPGEN_RECORD_IMPORTS;
register("./record-imports-hooks.mjs", import.meta.url, { data: { file } });

const TARGETS = fileURLToPath(new URL("../../targets/", import.meta.url));
const LOCALES = fileURLToPath(new URL("../../locales/", import.meta.url));
const readFileSync = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  if (file && typeof path === "string" && (path.includes("node_modules") || path.startsWith(TARGETS) || path.startsWith(LOCALES)))
    appendFileSync(file, `file://${path}\n`);
  return readFileSync.call(this, path, ...rest);
};
syncBuiltinESMExports();
