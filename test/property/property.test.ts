import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { generate } from "../../src/generate.js";
import { compactJson } from "../../src/json/ordered-json.js";
import { parserFor, syntaxProblems, describeProblem } from "../parse/grammars.js";
import { jsonValue, RUNS, SEED } from "../helpers/arbitraries.js";
import { protocolOf, targetsOf } from "../helpers/registry.js";
import { snipgenCommand } from "../helpers/snipgen.js";

// Property tests over whole snippets (each language's escapers have their own, in languages/<lang>/).
// SNIPGEN_FUZZ_RUNS sets the cases per target (CI: 1000), SNIPGEN_FUZZ_SEED replays a run.
console.log(`# property tests: seed ${SEED}, ${RUNS} cases per target (replay: SNIPGEN_FUZZ_SEED=${SEED})`);

// Random bodies, routes, header values and methods rendered by every target in both styles
// (formatted, as printed) must parse with the language's grammar. The cases are HTTP requests.
const PROTOCOL = "http";
// Static segments and {name} parameters (each name once per route).
const segmentArb = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/),
  fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/).map((name) => `{p_${name}}`),
);
const routeArb = fc
  .array(segmentArb, { minLength: 0, maxLength: 5 })
  .map((parts) => parts.filter((p, i) => !p.startsWith("{") || parts.indexOf(p) === i))
  .map((parts) => "/" + parts.join("/"));
const headerValueArb = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }).map((s) => s.trim());
const requestArb = fc.record({
  body: jsonValue,
  route: routeArb,
  header: headerValueArb,
  method: fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"),
  code: fc.constantFrom(200, 201, 202, 301, 307, 400, 404, 418, 422, 500, 503),
  /** For 4xx and 5xx: an RFC 9457 problem instead of the random body. */
  problem: fc.boolean(),
});

describe(`whole snippets parse (seed ${SEED})`, () => {
  it(
    "every target, both styles, random body, route, header value and method",
    { skip: targetsOf(PROTOCOL).length ? false : "no HTTP target selected" },
    async () => {
      const protocol = protocolOf(PROTOCOL);
      const requests = fc.sample(requestArb, { numRuns: RUNS, seed: SEED + 7 });
      assert.equal(requests.length, RUNS);
      const targets = targetsOf(PROTOCOL);
      assert.ok(targets.length > 0, "no targets selected");
      for (const target of targets) {
        const parser = await parserFor(target.language);
        if (!parser) continue; // no grammar: the parse layer's native parser checks this language
        for (const [i, r] of requests.entries()) {
          const style = i % 2 ? "app" : "handler";
          const problem = r.problem && r.code >= 400;
          const { snippets } = await generate({
            protocol,
            code: r.code,
            targets: [target],
            style,
            numeric: false,
            prettier: true,
            overrides: {
              body: problem ? { kind: "model" } : { kind: "value", value: r.body },
              headers: [["X-Fuzz", r.header]],
              route: r.route,
              method: r.method,
              problem,
            },
            skipUnsupported: false,
          });
          const tree = parser.parse(snippets[0]!.code)!;
          const problems = syntaxProblems(tree.rootNode);
          const command = snipgenCommand([
            String(r.code),
            "-f",
            target.id,
            "--style",
            style,
            "--method",
            r.method,
            "--route",
            r.route,
            "-H",
            `X-Fuzz: ${r.header}`,
            ...(problem ? ["--problem"] : [`--body=${compactJson(r.body)}`]),
          ]);
          assert.deepEqual(problems.map(describeProblem), [], `${target.id} output does not parse; reproduce: ${command}`);
          tree.delete();
        }
      }
    },
  );
});
