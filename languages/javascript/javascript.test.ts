/** JavaScript's literal helpers, evaluated by this Node in a fresh vm context: hostile strings and values, random values; Express's URL check. */
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { compactJson } from "../../src/json/ordered-json.js";
import { headerValue, jsonValue, RUNS, SEED } from "../../test/helpers/arbitraries.js";
import { assertSameStrings, jsLiteralHostileTests, reproduceBody, sample } from "../../test/helpers/escapers.js";
import { REDIRECT_URLS } from "../../test/helpers/urls.js";
import checks, { evaluateLiteral } from "./checks.js";
import { javascript } from "./javascript.js";

describe("javascript escapers evaluate to exactly the input", () => {
  jsLiteralHostileTests("JS", javascript, checks.evaluate, evaluateLiteral);
});

describe(`javascript escaper properties (seed ${SEED}, ${RUNS} cases; replay: SNIPGEN_FUZZ_SEED=${SEED})`, () => {
  it("the literal evaluates (vm) to a JSON-equal value", () => {
    const values = sample(jsonValue, RUNS, SEED + 2);
    const results = checks.evaluate.values!(values.map((v) => javascript.literal(v, 0, 0, 0)));
    values.forEach((v, i) => assert.deepEqual(JSON.parse(results[i]!), JSON.parse(compactJson(v)), `reproduce: ${reproduceBody("javascript", v)}`));
  });

  it("string(): header values (printable ASCII) come back unchanged", () => {
    const values = sample(headerValue, RUNS, SEED + 6);
    assertSameStrings(checks.evaluate.strings(values.map(javascript.string)), values);
  });
});

describe("javascript template helpers", () => {
  const encodeurlKeeps = javascript.templateHelpers!.encodeurlKeeps as (url: string | null) => string;
  // Express's own encodeurl (a dependency of the express the runtime layer installs).
  const encodeUrl = (() => {
    try {
      const fromExpress = createRequire(createRequire(import.meta.url).resolve("express"));
      return fromExpress("encodeurl") as (url: string) => string;
    } catch {
      return null;
    }
  })();
  const skip = encodeUrl ? false : "express is not installed (npm install)";
  // Beside the shared list: percent signs that do and do not start an escape, and a non-ASCII character.
  const URLS = [...REDIRECT_URLS, "/%zz", "/%%41", "/%", "/ü"];

  it("encodeurlKeeps: yes exactly when Express's encodeurl leaves the URL unchanged", { skip }, () => {
    for (const url of [...URLS, ...sample(headerValue, RUNS, SEED + 7)]) {
      const keeps = encodeUrl!(url) === url;
      assert.equal(encodeurlKeeps(url), keeps ? "yes" : "", `${JSON.stringify(url)} is sent as ${JSON.stringify(encodeUrl!(url))}`);
    }
    assert.equal(encodeurlKeeps(null), "");
  });
});
