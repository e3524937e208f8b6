/**
 * The languages' own front ends, besides tree-sitter (each language's checks name its own: Python's
 * ast.parse, `node --check`, ...), over the same corpus as the parse layer (every code, both styles,
 * hostile bodies, extra cases).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LANGUAGES } from "../../languages/index.js";
import { checksOf } from "../helpers/language-checks.js";
import { ALL_TARGETS, answerable } from "../helpers/registry.js";
import { buildCorpus, isCaseRefusal, label, reproduce, type Item } from "./corpus.js";

const corpus = buildCorpus();
const NATIVE = await Promise.all(LANGUAGES.map(async (language) => ({ language, native: (await checksOf(language)).native })));

describe("native parsers accept every snippet", () => {
  for (const { language, native } of NATIVE) {
    const targets = ALL_TARGETS.filter((t) => t.language === language);
    if (!native || !targets.length) continue;
    it(`${language}: ${native.name} (${targets.map((t) => t.id).join(", ")})`, async () => {
      const all = (await corpus).filter((i) => i.target.language === language);
      const items = all.filter((i): i is Item & { source: string } => i.source !== null);
      // Every snippet the targets can answer was generated (the parse layer names the ones that were not).
      // (a case the target refused with its reason is the parse layer's to check)
      const expected = all.filter((i) => answerable(i.target, i.variant.code) && !isCaseRefusal(i)).length;
      assert.ok(items.length > 0 && items.length >= expected, `only ${items.length} ${language} snippets of ${expected}`);
      const problems = await native.check(
        items.map((i) => i.source),
        items.map((i) => i.target),
      );
      const failed = problems.flatMap((p, i) => (p === null ? [] : [`${label(items[i]!)}: ${p}\n  reproduce: ${reproduce(items[i]!)}`]));
      assert.deepEqual(failed, []);
    });
  }
});
