/** Python's literal helpers, evaluated by Python itself: hostile strings and values, random values, black's layout. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseJson } from "../../src/json/ordered-json.js";
import { headerValue, jsonValue, RUNS, SEED } from "../../test/helpers/arbitraries.js";
import { assertSameStrings, assertSameValues, reproduceBody, sample } from "../../test/helpers/escapers.js";
import { HOSTILE_STRINGS, HOSTILE_VALUES } from "../../test/helpers/hostile.js";
import { skipWhenMissing } from "../../test/helpers/toolchains.js";
import checks from "./checks.js";
import { python } from "./python.js";

const skip = skipWhenMissing(checks.evaluate.missing());
const reproduce = (v: Parameters<typeof reproduceBody>[1]) => reproduceBody("python", v);

describe("python escapers evaluate to exactly the input", () => {
  it("string(): hostile strings", { skip }, () => {
    assertSameStrings(checks.evaluate.strings(HOSTILE_STRINGS.map(python.string)), HOSTILE_STRINGS);
  });

  it("literal(): hostile values, key order kept (ast.literal_eval)", { skip }, () => {
    assertSameValues(checks.evaluate.values!(HOSTILE_VALUES.map((v) => python.literal(v, 0, 0, 0))), HOSTILE_VALUES, reproduce);
  });
});

describe("python layout (black's shapes)", () => {
  it("keeps a short literal on one line and explodes a long one with a trailing comma (black)", () => {
    const short = parseJson('{"a": 1, "b": [1, 2]}');
    assert.equal(python.literal(short, 4, 11, 0), '{"a": 1, "b": [1, 2]}');
    const long = parseJson(JSON.stringify({ message: "x".repeat(70), items: [1, 2, 3] }));
    assert.equal(python.literal(long, 4, 11, 0), `{\n        "message": "${"x".repeat(70)}",\n        "items": [1, 2, 3],\n    }`);
  });
});

describe(`python escaper properties (seed ${SEED}, ${RUNS} cases; replay: SNIPGEN_FUZZ_SEED=${SEED})`, () => {
  it("ast.literal_eval(literal) equals the value, key order kept", { skip }, () => {
    const values = sample(jsonValue, RUNS, SEED + 1);
    assertSameValues(checks.evaluate.values!(values.map((v) => python.literal(v, 4, 4, 0))), values, reproduce);
  });

  it("string(): header values (printable ASCII) come back unchanged", { skip }, () => {
    const values = sample(headerValue, RUNS, SEED + 6);
    assertSameStrings(checks.evaluate.strings(values.map(python.string)), values);
  });
});
