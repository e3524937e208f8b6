import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { describe, it } from "node:test";
import type { Overrides } from "../../protocols/types.js";
import { generate } from "../../src/generate.js";
import { parseJson } from "../../src/json/ordered-json.js";
import { STYLES } from "../../src/registry/types.js";
import { protocolOf, targetDir, targetsOf } from "../helpers/registry.js";

// Byte-for-byte expected output per target × code × style, plus an adversarial body, kept in each
// target's folder: targets/<protocol>/<id>/golden/<code>-<style><ext>. A missing file fails, so does a
// file no case compares against. UPDATE_GOLDEN=1 rewrites the files; review the diff before committing it.
const PROTOCOL = "http";
export const GOLDEN_CODES = [200, 201, 202, 204, 301, 303, 307, 401, 404, 405, 418, 429, 500, 503];
const ADVERSARIAL = parseJson(
  JSON.stringify({
    message: `"quoted" 'string' \\ back\\slash`,
    js: "${process.env.HOME}",
    ruby: "#{system('id')} #@x",
    shell: "$x $(id) `id`",
    comment: '*/ -- ?> """',
    lines: "one\ntwo\r\n\tthree\u2028four",
    unicode: "café 😀 漢字",
    nested: { list: [1, 2.5, -3e-7, true, false, null], "": "empty key" },
  }),
);
const update = process.env.UPDATE_GOLDEN === "1";

interface GoldenCase {
  file: string;
  code: number;
  overrides: Partial<Overrides>;
}

/** Beyond the codes: an adversarial body, path parameters, and RFC 9457 problem details. */
const EXTRA_CASES: (Omit<GoldenCase, "file"> & { name: string })[] = [
  { name: "adversarial", code: 200, overrides: { body: { kind: "value", value: ADVERSARIAL } } },
  { name: "params", code: 200, overrides: { route: "/users/{user_id}/posts/{post_id}" } },
  { name: "problem", code: 404, overrides: { problem: true, route: "/items/{item_id}" } },
  { name: "problem-422", code: 422, overrides: { problem: true } },
];

describe("golden files", () => {
  const protocol = protocolOf(PROTOCOL);
  const targets = targetsOf(PROTOCOL);
  const seen = new Set<string>();
  for (const target of targets) {
    const dir = join(targetDir(target), "golden");
    describe(`golden files of ${target.id}`, () => {
      for (const style of STYLES) {
        // The extension of the file the target saves the snippet as (--out), so the golden file opens as code.
        const ext = extname(target.filename[style]);
        const cases: GoldenCase[] = [
          ...GOLDEN_CODES.map((code) => ({ file: `${code}-${style}${ext}`, code, overrides: {} })),
          ...EXTRA_CASES.map(({ name, ...c }) => ({ file: `${name}-${style}${ext}`, ...c })),
        ];
        for (const c of cases) {
          const path = join(dir, c.file);
          seen.add(path);
          it(`${target.id} ${c.file}`, async () => {
            const { snippets } = await generate({
              protocol,
              code: c.code,
              targets: [target],
              style,
              numeric: false,
              prettier: true,
              overrides: { body: { kind: "model" }, headers: [], ...protocol.defaults, ...c.overrides },
              skipUnsupported: false,
            });
            const actual = snippets[0]!.code;
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
