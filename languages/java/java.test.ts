/** Java's literal helpers, evaluated by the JDK: hostile strings, the body as JSON text, random values. */
import { describe, it } from "node:test";
import { compactJson } from "../../src/json/ordered-json.js";
import { headerValue, jsonValue, RUNS, SEED } from "../../test/helpers/arbitraries.js";
import { assertSameStrings, assertSameValues, reproduceBody, sample } from "../../test/helpers/escapers.js";
import { HOSTILE_STRINGS, HOSTILE_VALUES } from "../../test/helpers/hostile.js";
import { skipWhenMissing } from "../../test/helpers/toolchains.js";
import checks from "./checks.js";
import { java } from "./java.js";

const skip = skipWhenMissing(checks.evaluate.missing());
const reproduce = (v: Parameters<typeof reproduceBody>[1]) => reproduceBody("java", v);

describe("java escapers evaluate to exactly the input", () => {
  it("string(): hostile strings", { skip }, () => {
    assertSameStrings(checks.evaluate.strings(HOSTILE_STRINGS.map(java.string)), HOSTILE_STRINGS);
  });

  it("jsonText(): hostile values' JSON text comes back unchanged", { skip }, () => {
    assertSameValues(checks.evaluate.strings(HOSTILE_VALUES.map((v) => java.jsonText(compactJson(v)))), HOSTILE_VALUES, reproduce);
  });
});

describe(`java escaper properties (seed ${SEED}, ${RUNS} cases; replay: SNIPGEN_FUZZ_SEED=${SEED})`, () => {
  it("the JSON text literal holds exactly the body", { skip }, () => {
    const values = sample(jsonValue, RUNS, SEED + 5);
    assertSameValues(checks.evaluate.strings(values.map((v) => java.jsonText(compactJson(v)))), values, reproduce);
  });

  it("string(): header values (printable ASCII) come back unchanged", { skip }, () => {
    const values = sample(headerValue, RUNS, SEED + 6);
    assertSameStrings(checks.evaluate.strings(values.map(java.string)), values);
  });
});
