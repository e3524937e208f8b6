/**
 * TypeScript's literal helpers (JavaScript's escapers, imported), compiled by TypeScript itself: hostile
 * strings and values evaluated, the same literals type-checked by tsc in strict mode, random values.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import ts from "typescript";
import { compactJson } from "../../src/json/ordered-json.js";
import { headerValue, jsonValue, RUNS, SEED } from "../../test/helpers/arbitraries.js";
import { assertSameStrings, jsLiteralHostileTests, reproduceBody, sample } from "../../test/helpers/escapers.js";
import { HOSTILE_STRINGS, HOSTILE_VALUES } from "../../test/helpers/hostile.js";
import { FETCH_REDIRECT_URLS } from "../../test/helpers/urls.js";
import checks, { DENO, evaluateLiteral } from "./checks.js";
import { typescript } from "./typescript.js";

/** tsc's diagnostics for one in-memory file, type-checked in strict mode with no library but ES2022's. */
function typeErrors(source: string): string[] {
  const name = "/literals.ts";
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"], types: [] };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, version, ...rest) => (file === name ? ts.createSourceFile(file, source, version) : getSourceFile(file, version, ...rest));
  const program = ts.createProgram([name], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("typescript escapers evaluate to exactly the input", () => {
  jsLiteralHostileTests("TS", typescript, checks.evaluate, evaluateLiteral);

  it("the hostile literals type-check (tsc, strict)", () => {
    const strings = HOSTILE_STRINGS.map((s, i) => `const s${i}: string = ${typescript.string(s)};`);
    const values = HOSTILE_VALUES.map((v, i) => `const v${i} = ${typescript.literal(v, 0, 0, 0)};`);
    const json = HOSTILE_VALUES.map((v, i) => `const j${i}: string = ${typescript.jsonText(compactJson(v))};`);
    assert.deepEqual(typeErrors([...strings, ...values, ...json, "export {};"].join("\n")), []);
  });
});

describe(`typescript escaper properties (seed ${SEED}, ${RUNS} cases; replay: SNIPGEN_FUZZ_SEED=${SEED})`, () => {
  it("the literal, compiled by TypeScript, evaluates to a JSON-equal value", () => {
    const values = sample(jsonValue, RUNS, SEED + 2);
    const results = checks.evaluate.values!(values.map((v) => typescript.literal(v, 0, 0, 0)));
    values.forEach((v, i) => assert.deepEqual(JSON.parse(results[i]!), JSON.parse(compactJson(v)), `reproduce: ${reproduceBody("typescript", v)}`));
  });

  it("string(): header values (printable ASCII) come back unchanged", () => {
    const values = sample(headerValue, RUNS, SEED + 6);
    assertSameStrings(checks.evaluate.strings(values.map(typescript.string)), values);
  });

  it("jsonText(): the JSON text of random values comes back unchanged", () => {
    const texts = sample(jsonValue, RUNS, SEED + 8).map((v) => compactJson(v));
    assertSameStrings(checks.evaluate.strings(texts.map(typescript.jsonText)), texts);
  });
});

describe("typescript template helpers", () => {
  const urlKeeps = typescript.templateHelpers!.urlKeeps as (url: string | null) => string;

  // Deno's own Response.redirect (the fetch API's, as Next.js's NextResponse.redirect): the Location it sends, or that it throws.
  const denoRuns = spawnSync(DENO, ["--version"]).status === 0;
  it("urlKeeps: yes exactly when Deno's Response.redirect sends the URL unchanged", { skip: denoRuns ? false : "deno is not installed (npm install)" }, () => {
    const urls = [...FETCH_REDIRECT_URLS, ...sample(headerValue, 200, SEED + 9)];
    const script = `for (const url of JSON.parse(Deno.args[0])) { try { console.log(JSON.stringify(Response.redirect(url, 302).headers.get("location"))); } catch { console.log("null"); } }`;
    const r = spawnSync(DENO, ["eval", script, JSON.stringify(urls)], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" } });
    assert.equal(r.status, 0, r.stderr);
    const sent = r.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as string | null);
    urls.forEach((url, i) => assert.equal(urlKeeps(url), sent[i] === url ? "yes" : "", `${JSON.stringify(url)} is sent as ${JSON.stringify(sent[i])}`));
    assert.equal(urlKeeps(null), "");
  });
});
