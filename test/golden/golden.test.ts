import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { describe, it } from "node:test";
import { generate } from "../../src/generate.js";
import { parseJson } from "../../src/model/json.js";
import { DEFAULTS, type BodyOverride } from "../../src/model/spec.js";
import { frameworksOf } from "../../src/registry/index.js";
import { STYLES } from "../../src/registry/types.js";
import { ROOT } from "../helpers/snipgen.js";

// Byte-for-byte expected output per framework × code × style, plus an adversarial body.
// UPDATE_GOLDEN=1 rewrites the files; review the diff before committing it.
export const GOLDEN_CODES = [200, 201, 202, 204, 301, 401, 404, 405, 418, 429, 500, 503];
const ADVERSARIAL = parseJson(
  JSON.stringify({
    message: `"quoted" 'string' \\ back\\slash`,
    js: "${process.env.HOME}",
    ruby: "#{system('id')} #@x",
    shell: "$x $(id) `id`",
    comment: "*/ -- ?> \"\"\"",
    lines: "one\ntwo\r\n\tthree\u2028four",
    unicode: "café 😀 漢字",
    nested: { list: [1, 2.5, -3e-7, true, false, null], "": "empty key" },
  }),
);
const DIR = join(ROOT, "test/golden/http");
const update = process.env.UPDATE_GOLDEN === "1";

interface GoldenCase {
  file: string;
  code: number;
  body: BodyOverride;
}

describe("golden files", () => {
  const seen = new Set<string>();
  for (const fw of frameworksOf("http")) {
    for (const style of STYLES) {
      const ext = extname(fw.filename[style]);
      const cases: GoldenCase[] = [
        ...GOLDEN_CODES.map((code) => ({ file: `${code}-${style}${ext}`, code, body: { kind: "model" } as BodyOverride })),
        { file: `adversarial-${style}${ext}`, code: 200, body: { kind: "value", value: ADVERSARIAL } },
      ];
      for (const c of cases) {
        const path = join(DIR, fw.id, c.file);
        seen.add(path);
        it(`${fw.id} ${c.file}`, async () => {
          const { snippets } = await generate({
            protocol: "http",
            code: c.code,
            frameworks: [fw],
            style,
            numeric: false,
            prettier: true,
            overrides: { body: c.body, headers: [], route: DEFAULTS.route, method: DEFAULTS.method },
            skipUnsupported: false,
          });
          const actual = snippets[0]!.code;
          if (update) {
            mkdirSync(join(DIR, fw.id), { recursive: true });
            writeFileSync(path, actual);
            return;
          }
          assert.ok(existsSync(path), `missing golden file ${path} (run with UPDATE_GOLDEN=1 and review it)`);
          assert.equal(actual, readFileSync(path, "utf8"), `${path} differs`);
        });
      }
    }
  }

  it("has no stale golden files", () => {
    if (!existsSync(DIR)) return assert.fail(`no golden files in ${DIR}`);
    const stale = readdirSync(DIR).flatMap((fw) => readdirSync(join(DIR, fw)).map((f) => join(DIR, fw, f))).filter((p) => !seen.has(p));
    assert.deepEqual(stale, [], "golden files no test compares against");
  });
});
