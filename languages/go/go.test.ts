/** Go's literal helpers, evaluated by `go run`: hostile strings, the body as JSON text and as Go data, random values; the response helpers. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compactJson, parseJson, type JsonValue } from "../../src/json/ordered-json.js";
import { headerValue, jsonValue, RUNS, SEED } from "../../test/helpers/arbitraries.js";
import { assertSameStrings, assertSameValues, reproduceBody, sample } from "../../test/helpers/escapers.js";
import { HOSTILE_STRINGS, HOSTILE_VALUES } from "../../test/helpers/hostile.js";
import { outputLines, runCommand, withTempDir } from "../../test/helpers/files.js";
import { skipWhenMissing } from "../../test/helpers/toolchains.js";
import checks from "./checks.js";
import { bodyStatements, go, isTagName } from "./go.js";

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

// The body as Go data: each value becomes a function building it with the template helper's statements;
// one program marshals them all, and every line must be the value's JSON with its key order.
const goBody = go.templateHelpers!.goBody as (name: string, value: JsonValue) => (indent: number) => string;
const bodyFunctions = (values: JsonValue[]) => values.map((v, i) => `func body${i}() any {\n\t${goBody("body", v)(1)}\n\treturn body\n}\n`).join("\n");

function bodyProgram(values: JsonValue[]): string {
  const calls = values.map((_, i) => `body${i}`).join(", ");
  return `package main\n\nimport (\n\t"encoding/json"\n\t"fmt"\n\t"os"\n)\n\nvar _ json.RawMessage\n\n${bodyFunctions(values)}\nfunc main() {\n\tfor _, f := range []func() any{${calls}} {\n\t\tb, err := json.Marshal(f())\n\t\tif err != nil {\n\t\t\tpanic(err)\n\t\t}\n\t\tos.Stdout.Write(b)\n\t\tfmt.Println()\n\t}\n}\n`;
}

const marshalled = (values: JsonValue[]) =>
  withTempDir({ "main.go": bodyProgram(values), "go.mod": "module bodies\n\ngo 1.22\n" }, (dir) => outputLines(runCommand("go", ["run", "."], { cwd: dir })));

async function assertGofmtClean(values: JsonValue[]): Promise<void> {
  const diffs = await checks.formatter!.check([bodyProgram(values)]);
  assert.equal(diffs.size, 0, `gofmt would change the body code:\n${[...diffs.values()].join("\n").slice(0, 3000)}`);
}

/** Keys a struct tag cannot carry, names that collide or are Go's own, lengths that break gofmt's columns. */
const HOSTILE_KEYS: JsonValue[] = [
  parseJson('{"-": 1, "a,b": 2, "x y": 3, "10": 4, "ключ": 5, "😀": 6}'),
  parseJson('{"-": 1, "x y": 3, "10": 4, "ключ": 5, "漢字": 6, "a:b": 7, "{}[]": 8, "__proto__": {"type": {"range": [{"map": 1}]}}}'),
  parseJson('{"created_at": 1, "createdAt": 2, "CreatedAt": 3, "created-at": 4, "id": "a", "ID": "b", "Id": "c"}'),
  parseJson('{"json": {"a": 1}, "http": {"b": 2}, "body": {"c": 3}, "w": {"d": 4}, "r": {"e": 5}, "string": {"f": 6}, "item": {"g": 7}}'),
  parseJson(`{"a": 1, "${"k".repeat(45)}": 2, "bb": 3, "${"l".repeat(120)}": {"x": 1}, "${"m".repeat(41)}": [1, 2], "c": null, "${"n".repeat(100)}": 4}`),
  // 38 after 95: the factor is 2.5 within rounding, where gofmt's own Exp/Log decide by their last bit.
  parseJson(`{"a": 1, "${"p".repeat(95)}": 2, "${"q".repeat(38)}": 3, "${"r".repeat(38)}": 4}`),
  parseJson('{"list": [{"a": 1}, {"a": 2.5}, {"a": null}], "mixed": [{"a": 1}, {"b": 1}, [], [{"c": {}}], "s", 3000000000, 1e21, 0.5, null]}'),
  parseJson("[[1, 2], [3.5], []]"),
  parseJson('[{"id": 1, "tags": ["a"]}, {"id": 2, "tags": []}]'),
  parseJson('{"big": 9007199254740991, "small": -2147483648, "edge": 2147483648, "float": 1e300, "tiny": 5e-324, "neg": -0.0}'),
  parseJson('{"empty": {}, "emptyList": [], "nested": {"empty": {}}}'),
  parseJson("{}"),
  parseJson("3000000000"),
  parseJson("1e21"),
  parseJson('"\\u2028 `raw` \\u0000"'),
];

describe("go body as data (goBody): a struct with json tags, exact on the wire, gofmt's layout", () => {
  it("keeps the model's bodies readable: struct fields with tags, nested objects as local types", () => {
    const text = bodyStatements("body", parseJson('{"status":"ok","data":{"id":"abc-123","active":true},"items":[{"href":"/a","n":1}]}')).join("\n");
    assert.equal(
      text,
      [
        "type data struct {",
        '\tID     string `json:"id"`',
        '\tActive bool   `json:"active"`',
        "}",
        "type item struct {",
        '\tHref string `json:"href"`',
        '\tN    int    `json:"n"`',
        "}",
        "body := struct {",
        '\tStatus string `json:"status"`',
        '\tData   data   `json:"data"`',
        '\tItems  []item `json:"items"`',
        "}{",
        '\tStatus: "ok",',
        "\tData: data{",
        '\t\tID:     "abc-123",',
        "\t\tActive: true,",
        "\t},",
        "\tItems: []item{",
        '\t\t{Href: "/a", N: 1},',
        "\t},",
        "}",
      ].join("\n"),
    );
  });

  it("falls back to json.RawMessage, with a comment, only for objects whose keys cannot be tag names", () => {
    const text = bodyStatements("body", parseJson('{"ok": {"a": 1}, "bad": {"": 1, "a\\"b": 2}}')).join("\n");
    assert.match(text, /^\/\/ .*json\.RawMessage/);
    assert.match(text, /Bad json\.RawMessage `json:"bad"`/);
    assert.match(text, /type ok struct/);
    assert.equal(bodyStatements("body", parseJson('{"a": 1}')).join("\n").includes("RawMessage"), false);
  });

  it("starts a new column after a blank line where gofmt's alignment would depend on the platform's math.Exp", () => {
    const text = bodyStatements("body", parseJson(`{"a": 1, "${"p".repeat(95)}": 2, "${"q".repeat(38)}": 3}`));
    assert.deepEqual(text.slice(-5), [`\tA: 1,`, `\t${"P" + "p".repeat(94)}: 2,`, "", `\t${"Q" + "q".repeat(37)}: 3,`, "}"]);
  });

  it("isTagName follows encoding/json's isValidTag (letters, digits, its punctuation and space)", () => {
    for (const key of ["a", "x y", "-", "a-b", "a:b", "{}[]", "10", "ключ", "漢字", "!#$%&()*+-./:;<=>?@[]^_{|}~"]) assert.ok(isTagName(key), key);
    for (const key of ["", "a,b", 'a"b', "a\\b", "a`b", "a'b", "😀", "tab\there", "nul\u0000"]) assert.ok(!isTagName(key), key);
  });

  it("hostile keys and values marshal to exactly the body, key order kept", { skip }, () => {
    const values = [...HOSTILE_VALUES, ...HOSTILE_KEYS];
    assertSameValues(marshalled(values), values, reproduce);
  });

  it("hostile keys and values are gofmt-clean", { skip }, async () => {
    await assertGofmtClean([...HOSTILE_VALUES, ...HOSTILE_KEYS]);
  });

  it(`random bodies (seed ${SEED}) marshal exactly and are gofmt-clean`, { skip }, async () => {
    const values = sample(jsonValue, Math.min(RUNS, 300), SEED + 8);
    assertSameValues(marshalled(values), values, reproduce);
    await assertGofmtClean(values);
  });
});

describe("go template helpers for responses", () => {
  const helpers = go.templateHelpers!;
  const goProblem = helpers.goProblem as (name: string, p: { type: string; title: string; status: number }, status: string) => (indent: number) => string;

  it("goProblem: the RFC 9457 members, status as the handler's constant, instance from r.URL.Path", () => {
    const text = goProblem("problem", { type: "about:blank", title: 'Not "Found"', status: 404 }, "http.StatusNotFound")(1);
    assert.equal(
      text,
      [
        "problem := struct {",
        '\t\tType     string `json:"type"`',
        '\t\tTitle    string `json:"title"`',
        '\t\tStatus   int    `json:"status"`',
        '\t\tInstance string `json:"instance"`',
        "\t}{",
        '\t\tType:     "about:blank",',
        '\t\tTitle:    "Not \\"Found\\"",',
        "\t\tStatus:   http.StatusNotFound,",
        "\t\tInstance: r.URL.Path,",
        "\t}",
      ].join("\n"),
    );
  });
});
