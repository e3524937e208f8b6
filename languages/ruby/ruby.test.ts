/** Ruby's literal helpers, evaluated by Ruby itself: hostile strings and values, random values, Rails-style hashes. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseJson } from "../../src/json/ordered-json.js";
import { headerValue, jsonValue, RUNS, SEED } from "../../test/helpers/arbitraries.js";
import { assertSameStrings, assertSameValues, reproduceBody, sample } from "../../test/helpers/escapers.js";
import { HOSTILE_STRINGS, HOSTILE_VALUES } from "../../test/helpers/hostile.js";
import { skipWhenMissing } from "../../test/helpers/toolchains.js";
import checks from "./checks.js";
import { ruby } from "./ruby.js";

const skip = skipWhenMissing(checks.evaluate.missing());
const reproduce = (v: Parameters<typeof reproduceBody>[1]) => reproduceBody("ruby", v);

describe("ruby escapers evaluate to exactly the input", () => {
  it("string(): hostile strings", { skip }, () => {
    assertSameStrings(checks.evaluate.strings(HOSTILE_STRINGS.map(ruby.string)), HOSTILE_STRINGS);
  });

  it("literal(): hostile values, key order kept", { skip }, () => {
    assertSameValues(checks.evaluate.values!(HOSTILE_VALUES.map((v) => ruby.literal(v, 0, 0, 0))), HOSTILE_VALUES, reproduce);
  });
});

describe("ruby layout (RuboCop's shapes)", () => {
  it("uses Rails-style hashes: symbol keys only when every key allows it, spaces inside braces", () => {
    assert.equal(ruby.literal(parseJson('{"a": 1, "b_2": null}'), 0, 0, 0), "{ a: 1, b_2: nil }");
    assert.equal(ruby.literal(parseJson('{"a": 1, "B-2": true}'), 0, 0, 0), '{ "a" => 1, "B-2" => true }');
  });
});

describe(`ruby escaper properties (seed ${SEED}, ${RUNS} cases; replay: SNIPGEN_FUZZ_SEED=${SEED})`, () => {
  it("eval(literal) equals the value, key order kept", { skip }, () => {
    const values = sample(jsonValue, RUNS, SEED + 3);
    assertSameValues(checks.evaluate.values!(values.map((v) => ruby.literal(v, 0, 0, 0))), values, reproduce);
  });

  it("string(): header values (printable ASCII) come back unchanged", { skip }, () => {
    const values = sample(headerValue, RUNS, SEED + 6);
    assertSameStrings(checks.evaluate.strings(values.map(ruby.string)), values);
  });
});

describe("ruby template helpers", () => {
  const helpers = ruby.templateHelpers!;
  const absoluteUrl = helpers.absoluteUrl as (url: string) => string;
  const problemHash = helpers.problemHash as (p: { type: string; title: string; status: number }) => (indent: number, column: number, tail: number) => string;

  it("absoluteUrl: a scheme or a network-path reference (what redirect_to sends as written), not a path", () => {
    for (const url of ["https://example.com/x", "HTTP://x", "mailto:a@b", "//cdn.example.com/x", "urn:isbn:1"]) assert.equal(absoluteUrl(url), "yes", url);
    for (const url of ["/x", "x", "?a=1", "#top", "/next?a=1&b=2#top", "1http://x"]) assert.equal(absoluteUrl(url), "", url);
  });

  it("problemHash: the RFC 9457 members with instance read from request.path, exploded only past 120 columns", () => {
    const problem = { type: "about:blank", title: 'Not "Found" #{x}', status: 404 };
    assert.equal(problemHash(problem)(4, 14, 0), '{ type: "about:blank", title: "Not \\"Found\\" \\#{x}", status: 404, instance: request.path }');
    assert.equal(
      problemHash(problem)(4, 100, 0),
      ["{", '      type: "about:blank",', '      title: "Not \\"Found\\" \\#{x}",', "      status: 404,", "      instance: request.path", "    }"].join("\n"),
    );
  });
});
