/** What the languages' escaper tests share: comparing evaluated literals with their inputs, and reproduce commands. */
import assert from "node:assert/strict";
import fc from "fast-check";
import type { Language } from "../../languages/index.js";
import { compactJson, parseJson, type JsonValue } from "../../src/json/ordered-json.js";
import { codePoints } from "./files.js";
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
