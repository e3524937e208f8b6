import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cacheReport } from "../../src/format/cached-require.js";
import { formatCode } from "../../src/format/index.js";

// The build saves V8's compiled code for prettier and its plugins; a cache that is missing or that V8
// rejects would only show as slowness, so check it here (no timing involved).
describe("V8 code cache for prettier", () => {
  it("exists for every file the JavaScript and Java formatters load, and V8 accepts it", async () => {
    assert.match(await formatCode("const a = {b:1}", { parser: "babel" }), /const a = \{ b: 1 \};/);
    assert.match(await formatCode("class A { void f() { int x = 1; } }", { parser: "java", plugin: "java" }), /int x = 1;/);
    const report = cacheReport();
    assert.ok(report.length >= 4, JSON.stringify(report));
    for (const r of report) {
      assert.ok(r.cached, `no code cache for ${r.file} (run the build)`);
      assert.ok(!r.rejected, `V8 rejected the code cache of ${r.file}`);
    }
  });
});
