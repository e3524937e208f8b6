import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { METHODS } from "../../protocols/sip/request.js";
import { UsageError } from "../../src/errors.js";
import type { Overrides, Protocol } from "../../protocols/types.js";
import { generate } from "../../src/generate.js";
import type { Style, Target } from "../../src/registry/types.js";
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

/** A target's snippet as printed (formatted); generate throws a UsageError where the target refuses the response. */
async function snippetOf(protocol: Protocol, target: Target, style: Style, code: number, overrides: Overrides): Promise<string> {
  const { snippets } = await generate({ protocol, code, targets: [target], style, numeric: false, prettier: true, overrides, skipUnsupported: false });
  return snippets[0]!.code;
}

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
          const code = await snippetOf(protocol, target, style, r.code, {
            body: problem ? { kind: "model" } : { kind: "value", value: r.body },
            headers: [["X-Fuzz", r.header]],
            route: r.route,
            method: r.method,
            problem,
          });
          const tree = parser.parse(code)!;
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

// SIP: random header values and text bodies (any printable text, UTF-8 included, CRLF in bodies), methods
// and codes, rendered by every SIP target with a grammar in both styles, must parse. A target that declares
// text it cannot hold (target.json "unsayable") refuses it with its reason instead.
const sipTextArb = (extra: string[]) =>
  fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("é", "😀", "漢", "\u00a0", "\u2028", ...extra),
    ),
    maxLength: 60,
  });
const sipRequestArb = fc.record({
  header: sipTextArb([]).map((s) => s.trim()),
  body: fc.option(sipTextArb(["\r\n"]), { nil: null }),
  method: fc.constantFrom(...METHODS),
  code: fc.constantFrom(100, 180, 200, 202, 302, 401, 405, 486, 503, 603),
});

describe(`whole SIP snippets parse (seed ${SEED})`, () => {
  it(
    "every SIP target, both styles, random header value, text body and method",
    { skip: targetsOf("sip").length ? false : "no SIP target selected" },
    async () => {
      const protocol = protocolOf("sip");
      const requests = fc.sample(sipRequestArb, { numRuns: RUNS, seed: SEED + 11 });
      for (const target of targetsOf("sip")) {
        const parser = await parserFor(target.language);
        if (!parser) continue; // no grammar: the parse layer's native parser checks this language
        for (const [i, r] of requests.entries()) {
          const style = i % 2 ? "app" : "handler";
          const args = ["sip", String(r.code), "-f", target.id, "--style", style, "--method", r.method, "-H", `X-Fuzz: ${r.header}`];
          if (r.body !== null) args.push(`--body=${r.body}`, "--content-type", "text/plain;charset=utf-8");
          let code: string;
          try {
            code = await snippetOf(protocol, target, style, r.code, {
              body: r.body === null ? { kind: "none" } : { kind: "text", text: r.body, contentType: "text/plain;charset=utf-8" },
              headers: [["X-Fuzz", r.header]],
              route: "",
              method: r.method,
            });
          } catch (err) {
            assert.ok(
              err instanceof UsageError && err.message.startsWith(`${target.id} cannot send ${r.code} `),
              `${target.id}: ${String(err)}; reproduce: ${snipgenCommand(args)}`,
            );
            continue;
          }
          const tree = parser.parse(code)!;
          const problems = syntaxProblems(tree.rootNode);
          assert.deepEqual(problems.map(describeProblem), [], `${target.id} output does not parse; reproduce: ${snipgenCommand(args)}`);
          tree.delete();
        }
      }
    },
  );
});
