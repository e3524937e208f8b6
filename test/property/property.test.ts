import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import vm from "node:vm";
import fc from "fast-check";
import { compactJson, parseJson } from "../../src/model/json.js";
import type { JsonValue } from "../../src/model/types.js";
import { LANGUAGES } from "../../src/render/lang/index.js";
import { jsonValue, SEED } from "../helpers/arbitraries.js";
import { snipgenCommand } from "../helpers/snipgen.js";
import { commandWorks, skipUnlessRuns } from "../helpers/toolchains.js";

// Property tests over the escapers: random JSON values and header values, evaluated by the real
// languages. SNIPGEN_FUZZ_RUNS sets the cases per language (CI: 1000), SNIPGEN_FUZZ_SEED replays a run.
const RUNS = Number(process.env.SNIPGEN_FUZZ_RUNS ?? 1000);
console.log(`# property tests: seed ${SEED}, ${RUNS} cases per language (replay: SNIPGEN_FUZZ_SEED=${SEED})`);

const reproduce = (framework: string, v: JsonValue) => snipgenCommand(["200", "-f", framework, `--body=${compactJson(v)}`]);

function run(cmd: string, args: string[], input?: string): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", input, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} failed:\n${r.stderr.slice(0, 4000)}`);
  return r.stdout;
}


/** Evaluates many literals in one process; returns, per literal, its value as compact JSON. */
function checkBatch(values: JsonValue[], framework: string, evaluate: (values: JsonValue[]) => string[]): void {
  const results = evaluate(values);
  assert.equal(results.length, values.length, "one result per literal");
  values.forEach((v, i) => {
    const got = compactJson(parseJson(results[i]!));
    assert.equal(got, compactJson(v), `literal differs from its value; reproduce: ${reproduce(framework, v)}`);
  });
}

const sample = (arb: fc.Arbitrary<JsonValue>, n: number, offset: number) => fc.sample(arb, { numRuns: n, seed: SEED + offset });

function withFile<T>(name: string, text: string, body: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "snipgen-prop-"));
  try {
    writeFileSync(join(dir, name), text);
    return body(join(dir, name));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe(`escaper properties (seed ${SEED})`, () => {
  it("python: ast.literal_eval(literal) equals the value, key order kept", () => {
    checkBatch(sample(jsonValue, RUNS, 1), "flask", (values) => {
      const script = values.map((v) => `    ${LANGUAGES.python.literal(v, 4, 4, 0).replace(/\n/g, "\n    ")},`).join("\n");
      const src = `import ast, json, sys\nsrc = open(sys.argv[1], encoding="utf-8").read()\ntree = ast.parse(src)\nfor node in tree.body[0].value.elts:\n    print(json.dumps(ast.literal_eval(node), ensure_ascii=True))\n`;
      return withFile("values.py", `values = [\n${script}\n]\n`, (path) => withFile("check.py", src, (check) => run("python3", [check, path]).trimEnd().split("\n")));
    });
  });

  it("javascript: the literal evaluates (vm) to a JSON-equal value; __proto__ stays a property", () => {
    for (const v of sample(jsonValue, RUNS, 2)) {
      const value = vm.runInNewContext(`(${LANGUAGES.javascript.literal(v, 0, 0, 0)})`);
      assert.deepEqual(JSON.parse(JSON.stringify(value) ?? "null"), JSON.parse(compactJson(v)), `reproduce: ${reproduce("express", v)}`);
    }
  });

  it("ruby: eval(literal) equals the value, key order kept", { skip: skipUnlessRuns("ruby", ["-v"]) }, () => {
    checkBatch(sample(jsonValue, RUNS, 3), "rails", (values) => {
      const lines = values.map((v) => `puts JSON.generate(${LANGUAGES.ruby.literal(v, 0, 0, 0)}, quirks_mode: true, ascii_only: true)`);
      return withFile("t.rb", `# encoding: utf-8\nrequire "json"\n${lines.join("\n")}\n`, (path) => run("ruby", [path]).trimEnd().split("\n"));
    });
  });

  it("go: the JSON text literal holds exactly the body", { skip: skipUnlessRuns("go", ["version"]) }, () => {
    checkBatch(sample(jsonValue, RUNS, 4), "net-http", (values) => {
      const items = values.map((v) => `\t${LANGUAGES.go.jsonText(compactJson(v))},`).join("\n");
      return withFile("main.go", `package main\n\nimport "fmt"\n\nvar all = []string{\n${items}\n}\n\nfunc main() {\n\tfor _, s := range all {\n\t\tfmt.Println(s)\n\t}\n}\n`, (path) => run("go", ["run", path]).trimEnd().split("\n"));
    });
  });

  it("java: the JSON text literal holds exactly the body", { skip: skipUnlessRuns("java", ["-version"]) }, () => {
    checkBatch(sample(jsonValue, RUNS, 5), "spring-boot", (values) => {
      // Printed as \u escapes so the console encoding cannot alter what is compared.
      // A method's code is limited to 64 KB: the literals go into one method per 200.
      const parts: string[] = [];
      for (let i = 0; i < values.length; i += 200) {
        const items = values.slice(i, i + 200).map((v) => `      ${LANGUAGES.java.jsonText(compactJson(v))},`).join("\n");
        parts.push(`  static String[] part${parts.length}() {\n    return new String[] {\n${items}\n    };\n  }\n`);
      }
      const calls = parts.map((_, i) => `part${i}()`).join(", ");
      const src = `public class Main {\n${parts.join("")}  public static void main(String[] args) {\n    for (String[] part : new String[][] { ${calls} }) for (String s : part) {\n      StringBuilder b = new StringBuilder();\n      for (char c : s.toCharArray()) b.append(c < 128 && c >= 32 ? String.valueOf(c) : String.format("\\\\u%04x", (int) c));\n      System.out.println(b);\n    }\n  }\n}\n`;
      return withFile("Main.java", src, (path) => run("java", [path]).trimEnd().split("\n"));
    });
  });

  it("every language's string(): header values (printable ASCII) come back unchanged", () => {
    const values = fc.sample(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 }), { numRuns: RUNS, seed: SEED + 6 });
    const python = withFile("h.py", `import json\nprint(json.dumps([\n${values.map((v) => `    ${LANGUAGES.python.string(v)},`).join("\n")}\n]))\n`, (path) => JSON.parse(run("python3", [path])));
    assert.deepEqual(python, values);
    for (const v of values) assert.equal(vm.runInNewContext(LANGUAGES.javascript.string(v)), v);
    if (commandWorks("ruby", ["-v"])) {
      const ruby = withFile("h.rb", `require "json"\nputs JSON.generate([\n${values.map((v) => `  ${LANGUAGES.ruby.string(v)},`).join("\n")}\n])\n`, (path) => JSON.parse(run("ruby", [path])));
      assert.deepEqual(ruby, values);
    }
  });
});

// Whole snippets: random bodies, routes, header values and methods rendered by every framework in
// both styles (formatted, as printed) must parse with the language's grammar.
const routeArb = fc
  .array(fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/), { minLength: 0, maxLength: 5 })
  .map((parts) => "/" + parts.join("/"));
const headerValueArb = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }).map((s) => s.trim());
const requestArb = fc.record({
  body: jsonValue,
  route: routeArb,
  header: headerValueArb,
  method: fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"),
  code: fc.constantFrom(200, 201, 202, 400, 404, 418, 422, 500, 503),
});

describe(`whole snippets parse (seed ${SEED})`, () => {
  it("every framework, both styles, random body, route, header value and method", async () => {
    const { generate } = await import("../../src/generate.js");
    const { frameworksOf } = await import("../../src/registry/index.js");
    const { parserFor, syntaxProblems, describeProblem } = await import("../parse/grammars.js");
    const requests = fc.sample(requestArb, { numRuns: RUNS, seed: SEED + 7 });
    assert.equal(requests.length, RUNS);
    for (const fw of frameworksOf("http")) {
      const parser = await parserFor(fw.language);
      for (const [i, r] of requests.entries()) {
        const style = i % 2 ? "app" : "handler";
        const { snippets } = await generate({
          protocol: "http",
          code: r.code,
          frameworks: [fw],
          style,
          numeric: false,
          prettier: true,
          overrides: { body: { kind: "value", value: r.body }, headers: [["X-Fuzz", r.header]], route: r.route, method: r.method },
          skipUnsupported: false,
        });
        const tree = parser.parse(snippets[0]!.code)!;
        const problems = syntaxProblems(tree.rootNode);
        const command = snipgenCommand([String(r.code), "-f", fw.id, "--style", style, "--method", r.method, "--route", r.route, "-H", `X-Fuzz: ${r.header}`, `--body=${compactJson(r.body)}`]);
        assert.deepEqual(problems.map(describeProblem), [], `${fw.id} output does not parse; reproduce: ${command}`);
        tree.delete();
      }
    }
  });
});
