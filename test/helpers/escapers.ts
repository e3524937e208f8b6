/** What the languages' escaper tests share: comparing evaluated literals with their inputs, and reproduce commands. */
import assert from "node:assert/strict";
import { it } from "node:test";
import fc from "fast-check";
import type { Language } from "../../languages/index.js";
import type { LanguageHelpers } from "../../languages/types.js";
import { compactJson, parseJson, type JsonValue } from "../../src/json/ordered-json.js";
import { codePoints } from "./files.js";
import { HOSTILE_STRINGS, HOSTILE_VALUES } from "./hostile.js";
import type { Evaluator } from "./language-checks.js";
import { PROTOCOLS, registeredTargets } from "./registry.js";
import { snipgenCommand } from "./snipgen.js";

/** The evaluated strings are the inputs, compared as code points so a difference is readable. */
export function assertSameStrings(evaluated: string[], inputs: string[]): void {
  assert.equal(evaluated.length, inputs.length, "one result per literal");
  assert.deepEqual(evaluated.map(codePoints), inputs.map(codePoints));
}

/** Each result (JSON text) is the value, key order kept; the message names the command that reproduces it. */
export function assertSameValues(results: string[], values: JsonValue[], reproduce: (v: JsonValue) => string): void {
  assert.equal(results.length, values.length, "one result per literal");
  values.forEach((v, i) => {
    assert.equal(compactJson(parseJson(results[i]!)), compactJson(v), `literal differs from its value; reproduce: ${reproduce(v)}`);
  });
}

/** A snipgen command printing a body in the language (through its first target), for failure messages. */
export function reproduceBody(language: Language, value: JsonValue): string {
  const target = PROTOCOLS.flatMap((p) => registeredTargets(p.id)).find((t) => t.language === language);
  const body = `--body=${compactJson(value)}`;
  return target ? snipgenCommand(["200", "-f", target.id, body]) : `${body} (no target is written in ${language})`;
}

/** A seeded sample: the same seed and offset give the same values (SNIPGEN_FUZZ_SEED replays a run). */
export function sample<T>(arb: fc.Arbitrary<T>, runs: number, seed: number): T[] {
  return fc.sample(arb, { numRuns: runs, seed });
}

/**
 * The hostile-input tests of a language whose literals are JavaScript's (JavaScript, TypeScript): string()
 * evaluates to each hostile string with no raw line terminator in the literal, and literal() to each hostile
 * value, JSON-equal (JavaScript moves integer-like keys first), with `__proto__` an own property.
 */
export function jsLiteralHostileTests(
  language: string,
  helpers: Pick<LanguageHelpers, "string" | "literal">,
  evaluate: Pick<Evaluator, "strings" | "values">,
  evaluateLiteral: (literal: string) => unknown,
): void {
  it("string(): hostile strings, with no raw line terminator in a literal", () => {
    const literals = HOSTILE_STRINGS.map(helpers.string);
    for (const literal of literals) assert.doesNotMatch(literal, /[\n\r\u2028\u2029]/, `a raw line terminator in a ${language} literal`);
    assertSameStrings(evaluate.strings(literals), HOSTILE_STRINGS);
  });

  it("literal(): hostile values, JSON-equal (integer-like keys move first, as in JavaScript); __proto__ stays a property", () => {
    for (const v of HOSTILE_VALUES) {
      const literal = helpers.literal(v, 0, 0, 0);
      assert.deepEqual(JSON.parse(evaluate.values!([literal])[0]!), JSON.parse(compactJson(v)));
      if (v instanceof Map && v.has("__proto__")) {
        const value = evaluateLiteral(literal);
        assert.ok(Object.prototype.hasOwnProperty.call(value, "__proto__"), "__proto__ must be an own property, not the prototype");
      }
    }
  });
}
