// Preloaded with `node -r ./test/helpers/record-code-cache.cjs`: appends to the file named by
// SNIPGEN_RECORD_CODE_CACHE, at exit, one JSON line per vm.Script the process compiled (src/load/code-cache.ts
// compiles every file it loads as one): its file, whether it was given a code cache, and whether V8 rejected it.
const { appendFileSync } = require("node:fs");
const vm = require("node:vm");

const file = process.env.SNIPGEN_RECORD_CODE_CACHE;
const scripts = [];
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(source, options) {
    super(source, options);
    scripts.push({ script: this, file: options?.filename, cached: options?.cachedData !== undefined });
  }
};
process.on("exit", () => {
  for (const { script, file: loaded, cached } of scripts) appendFileSync(file, JSON.stringify({ file: loaded, cached, rejected: script.cachedDataRejected === true }) + "\n");
});
