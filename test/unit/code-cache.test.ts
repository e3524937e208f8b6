import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LANGUAGES, loadLanguage } from "../../languages/index.js";
import { cacheReport } from "../../src/format/cached-require.js";
import { formatCode } from "../../src/format/index.js";
import { checksOf } from "../helpers/language-checks.js";

// The build saves V8's compiled code for prettier and its plugins; a cache that is missing or that V8
// rejects would only show as slowness, so check it here (no timing involved).
describe("V8 code cache for prettier", () => {
  it("exists for every file the languages' prettier formatters load, and V8 accepts it", async () => {
    const modules = new Set(["prettier/standalone"]);
    for (const language of LANGUAGES) {
      const formatter = (await loadLanguage(language)).prettier;
      if (!formatter) continue;
      const sample = (await checksOf(language)).prettierSample;
      assert.ok(sample, `languages/${language}/checks.ts needs a prettierSample: ${language} is formatted with prettier`);
      assert.match(await formatCode(sample.code, formatter), sample.formatted, `${language}: prettier (${formatter.parser})`);
      for (const plugin of formatter.plugins) modules.add(plugin);
    }
    assert.ok(modules.size >= 4, `only ${[...modules].join(", ")}: no language is formatted with prettier`);
    const report = cacheReport();
    for (const module of modules)
      assert.ok(
        report.some((r) => r.file.includes(`node_modules/${module}`)),
        `${module} was not loaded through the code cache: ${JSON.stringify(report)}`,
      );
    for (const r of report) {
      assert.ok(r.cached, `no code cache for ${r.file} (run the build)`);
      assert.ok(!r.rejected, `V8 rejected the code cache of ${r.file}`);
    }
  });
});
