import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { LANGUAGES, loadLanguage } from "../../languages/index.js";
import { BIN, ROOT } from "../helpers/snipgen.js";

interface Compiled {
  file: string;
  cached: boolean;
  rejected: boolean;
}

/** Every file a real run compiled through vm.Script, with whether it had a code cache and whether V8 took it. */
function compiledBy(args: string[]): Compiled[] {
  const dir = mkdtempSync(join(tmpdir(), "snipgen-code-cache-"));
  const file = join(dir, "compiled.jsonl");
  try {
    const r = spawnSync(process.execPath, ["-r", join(ROOT, "test/helpers/record-code-cache.cjs"), BIN, ...args], {
      encoding: "utf8",
      env: { ...process.env, SNIPGEN_RECORD_CODE_CACHE: file },
    });
    assert.equal(r.status, 0, r.stderr);
    return readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Compiled);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The build saves V8's compiled code for snipgen's own dist/ files, its templates, and prettier with its
// plugins; a cache that is missing or that V8 rejects (made under other V8 flags, say) would only show as
// slowness, so check it here (no timing involved).
describe("V8 code cache", () => {
  for (const args of [
    ["202", "--all"],
    ["sip", "486", "--all"],
    ["418", "--lang", "vi"],
  ]) {
    it(`snipgen ${args.join(" ")}: every file loaded through vm.Script once, with a cache the build wrote that V8 takes`, () => {
      const compiled = compiledBy(args);
      assert.ok(
        compiled.some((c) => c.file === join(ROOT, "dist/snipgen.cjs")),
        `the bundle is loaded through the cache: ${compiled.map((c) => c.file).join(", ")}`,
      );
      assert.ok(compiled.some((c) => c.file.includes("/dist/templates/")) || !args.includes("--all"), "templates are loaded through the cache");
      const files = compiled.map((c) => c.file);
      assert.deepEqual(
        files.filter((f, i) => files.indexOf(f) !== i),
        [],
        "files compiled twice (a second copy of a module)",
      );
      for (const c of compiled) {
        assert.ok(c.cached, `no code cache for ${c.file} (run the build)`);
        assert.ok(!c.rejected, `V8 rejected the code cache of ${c.file}`);
      }
    });
  }

  it("--all loads every prettier plugin a language uses through the cache", async () => {
    const plugins = new Set(["prettier/standalone"]);
    for (const language of LANGUAGES) for (const plugin of (await loadLanguage(language)).prettier?.plugins ?? []) plugins.add(plugin);
    assert.ok(plugins.size >= 4, `only ${[...plugins].join(", ")}: no language is formatted with prettier`);
    const compiled = [...compiledBy(["202", "--all"]), ...compiledBy(["sip", "200", "--all"])];
    for (const plugin of plugins)
      assert.ok(
        compiled.some((c) => c.file.includes(`node_modules/${plugin}`)),
        `${plugin} was not loaded through the code cache: ${compiled.map((c) => c.file).join(", ")}`,
      );
  });
});
