/** Go's literal helpers, evaluated by `go run`: hostile strings, the body as JSON text, random values. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compactJson } from "../../src/json/ordered-json.js";
import { headerValue, jsonValue, RUNS, SEED } from "../../test/helpers/arbitraries.js";
import { assertSameStrings, assertSameValues, reproduceBody, sample } from "../../test/helpers/escapers.js";
import { HOSTILE_STRINGS, HOSTILE_VALUES } from "../../test/helpers/hostile.js";
import { skipWhenMissing } from "../../test/helpers/toolchains.js";
import checks from "./checks.js";
import { go } from "./go.js";

const skip = skipWhenMissing(checks.evaluate.missing());
const reproduce = (v: Parameters<typeof reproduceBody>[1]) => reproduceBody("go", v);

describe("go escapers evaluate to exactly the input", () => {
  it("string(): hostile strings", { skip }, () => {
    assertSameStrings(checks.evaluate.strings(HOSTILE_STRINGS.map(go.string)), HOSTILE_STRINGS);
  });

  it("carries the body as JSON text in a string literal (a raw string where it can)", () => {
    for (const v of HOSTILE_VALUES) {
      const json = compactJson(v);
      assert.match(go.jsonText(json), /^(`[^`\r]*`|".*")$/s);
      assert.doesNotMatch(json, /[\u2028\u2029\u0085\u00ad\ufeff\u200b]/, "invisible characters are escaped in the JSON text");
    }
  });

  it("jsonText(): hostile values' JSON text comes back unchanged", { skip }, () => {
    assertSameValues(checks.evaluate.strings(HOSTILE_VALUES.map((v) => go.jsonText(compactJson(v)))), HOSTILE_VALUES, reproduce);
  });
});

describe(`go escaper properties (seed ${SEED}, ${RUNS} cases; replay: SNIPGEN_FUZZ_SEED=${SEED})`, () => {
  it("the JSON text literal holds exactly the body", { skip }, () => {
    const values = sample(jsonValue, RUNS, SEED + 4);
    assertSameValues(checks.evaluate.strings(values.map((v) => go.jsonText(compactJson(v)))), values, reproduce);
  });

  it("string(): header values (printable ASCII) come back unchanged", { skip }, () => {
    const values = sample(headerValue, RUNS, SEED + 6);
    assertSameStrings(checks.evaluate.strings(values.map(go.string)), values);
  });
});
