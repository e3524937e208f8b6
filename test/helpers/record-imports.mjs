// Loaded with `node --import ./test/helpers/record-imports.mjs`: appends every module URL the process
// resolves to the file named by SNIPGEN_RECORD_IMPORTS, so a test can see what a run loaded.
import { register } from "node:module";

register("./record-imports-hooks.mjs", import.meta.url, { data: { file: process.env.SNIPGEN_RECORD_IMPORTS } });
