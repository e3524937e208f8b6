import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { describe, it } from "node:test";
import { run } from "../../src/cli/main.js";
import { STYLES } from "../../src/registry/types.js";
import { casesOf } from "../helpers/protocol-cases.js";
import { ALL_TARGETS, targetDir } from "../helpers/registry.js";

// Byte-for-byte expected output per target × case × style, kept in each target's folder:
// targets/<protocol>/<id>/golden/<case>-<style><ext>, the cases being its protocol's
// (protocols/<protocol>/runtime/cases.ts). A missing file fails, so does a file no case compares against.
// UPDATE_GOLDEN=1 rewrites the files; review the diff before committing it.
const update = process.env.UPDATE_GOLDEN === "1";

const targets = ALL_TARGETS;
const goldenOf = new Map(await Promise.all([...new Set(targets.map((t) => t.protocol))].map(async (p) => [p, (await casesOf(p)).golden] as const)));

describe("golden files", () => {
  const seen = new Set<string>();
  for (const target of targets) {
    const dir = join(targetDir(target), "golden");
    describe(`golden files of ${target.id}`, () => {
      for (const style of STYLES) {
        // The extension of the file the target saves the snippet as (--out), so the golden file opens as code.
        const ext = extname(target.filename[style]);
        for (const c of goldenOf.get(target.protocol)!) {
          const file = `${c.name}-${style}${ext}`;
          const path = join(dir, file);
          seen.add(path);
          it(`${target.id} ${file}`, async () => {
            // Through the CLI's own entry point, in process: exactly what `snipgen ... -f <id>` prints.
            const out = await run([String(c.code), "--protocol", target.protocol, "-f", target.id, "--style", style, ...c.args]);
            assert.equal(out.exitCode, 0, `snipgen ${c.code} -f ${target.id} ${c.args.join(" ")}: ${out.stderr}`);
            const actual = out.stdout;
            if (update) {
              mkdirSync(dir, { recursive: true });
              writeFileSync(path, actual);
              return;
            }
            assert.ok(existsSync(path), `missing golden file ${path} (run with UPDATE_GOLDEN=1 and review it)`);
            assert.equal(actual, readFileSync(path, "utf8"), `${path} differs`);
          });
        }
      }
    });
  }

  it("has no stale golden files", () => {
    assert.ok(targets.length > 0, "no targets selected");
    const stale = targets.flatMap((target) => {
      const dir = join(targetDir(target), "golden");
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .map((f) => join(dir, f))
        .filter((p) => !seen.has(p));
    });
    assert.deepEqual(stale, [], "golden files no test compares against");
  });
});
