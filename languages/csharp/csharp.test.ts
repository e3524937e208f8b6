/**
 * C#'s literal helpers. No .NET SDK runs here, so the literals are checked against the C# specification:
 * only the escapes snipgen means to emit, decoded by the specification's rules, give the input back.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compactJson } from "../../src/json/ordered-json.js";
import { headerValue, jsonValue, RUNS, SEED } from "../../test/helpers/arbitraries.js";
import { assertSameStrings, assertSameValues, reproduceBody, sample } from "../../test/helpers/escapers.js";
import { HOSTILE_STRINGS, HOSTILE_VALUES } from "../../test/helpers/hostile.js";
import checks, { isSafeRegularLiteral } from "./checks.js";
import { csharp } from "./csharp.js";

const reproduce = (v: Parameters<typeof reproduceBody>[1]) => reproduceBody("csharp", v);

describe("csharp escapers evaluate to exactly the input", () => {
  it("string(): hostile strings, checked against the C# specification's escape set", () => {
    const literals = HOSTILE_STRINGS.map(csharp.string);
    for (const literal of literals) assert.ok(isSafeRegularLiteral(literal), `not a safe C# literal: ${literal}`);
    assertSameStrings(checks.evaluate.strings(literals), HOSTILE_STRINGS);
  });

  it("jsonText(): hostile values' JSON text comes back unchanged (a raw string literal where it can)", () => {
    assertSameValues(checks.evaluate.strings(HOSTILE_VALUES.map((v) => csharp.jsonText(compactJson(v)))), HOSTILE_VALUES, reproduce);
  });
});

describe(`csharp escaper properties (seed ${SEED}, ${RUNS} cases; replay: SNIPGEN_FUZZ_SEED=${SEED})`, () => {
  it("the JSON text literal holds exactly the body", () => {
    const values = sample(jsonValue, RUNS, SEED + 8);
    assertSameValues(checks.evaluate.strings(values.map((v) => csharp.jsonText(compactJson(v)))), values, reproduce);
  });

  it("string(): header values (printable ASCII) come back unchanged", () => {
    const values = sample(headerValue, RUNS, SEED + 6);
    assertSameStrings(checks.evaluate.strings(values.map(csharp.string)), values);
  });
});
