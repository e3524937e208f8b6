/**
 * C#'s literal helpers. No .NET SDK runs here, so the literals are checked against the C# specification:
 * only the escapes snipgen means to emit, decoded by the specification's rules, give the input back; the
 * body as data is parsed by tree-sitter and evaluated by System.Text.Json's rules; the layout of long lines.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compactJson, parseJson, type JsonValue } from "../../src/json/ordered-json.js";
import { headerValue, jsonValue, RUNS, SEED } from "../../test/helpers/arbitraries.js";
import { assertSameStrings, assertSameValues, reproduceBody, sample } from "../../test/helpers/escapers.js";
import { HOSTILE_STRINGS, HOSTILE_VALUES } from "../../test/helpers/hostile.js";
import { describeProblem, parserFor, syntaxProblems } from "../../test/parse/grammars.js";
import checks, { bodyValue, isSafeRegularLiteral } from "./checks.js";
import { csharp } from "./csharp.js";
import { layout, MAX_WIDTH } from "./layout.js";

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

// The body as C# data: each value's expression, laid out as a statement, must parse (tree-sitter-c-sharp)
// and evaluate, by System.Text.Json's rules under ASP.NET Core's web defaults, to the value, key order kept.
const helpers = csharp.templateHelpers!;
const csBody = helpers.csBody as (body: JsonValue) => string;
const usesNodes = helpers.csBodyUsesNodes as (body: JsonValue) => string;
const parser = (await parserFor("csharp"))!;

function evaluated(value: JsonValue): { value: string; lines: string[] } {
  const statement = csharp.wrap!(`return Results.Ok(${csBody(value)});`, 8, 8, 0);
  const tree = parser.parse(`class C { object F() {\n        ${statement}\n} }`)!;
  const problems = syntaxProblems(tree.rootNode).map(describeProblem);
  assert.deepEqual(problems, [], `${statement} does not parse`);
  const call = tree.rootNode.descendantsOfType("invocation_expression").find((n) => n!.text.startsWith("Results.Ok"))!;
  const argument = call.childForFieldName("arguments")!.namedChildren[0]!;
  const result = compactJson(bodyValue(argument.namedChildren.at(-1)!));
  tree.delete();
  return { value: result, lines: statement.split("\n") };
}

/** Keys an anonymous object cannot carry through the camelCase policy, and the values around them. */
const HOSTILE_KEYS = parseJson(
  JSON.stringify({
    class: 1,
    _id: 2,
    isActive: true,
    URL: "u",
    "10": "ten",
    ключ: "значение",
    'key "with" quotes': "'",
    "": "empty key",
    nested: { "": [null], deep: [[], {}] },
  }),
);
const PLAIN = parseJson(
  JSON.stringify({
    class: 1,
    _id: 2,
    none: null,
    list: [1, 2],
    mixed: [1, "one", null, [2.5, 12345678901]],
    items: [{ id: 1 }, { id: 2 }],
    empty: {},
    nothing: [],
  }),
);

describe("csBody: the body as an anonymous object or a JsonObject tree", () => {
  it("keeps anonymous objects where every key survives the camelCase policy, JsonObject elsewhere", () => {
    assert.equal(csBody(PLAIN).startsWith("new { @class = 1, _id = 2, none = (object?)null"), true, csBody(PLAIN));
    assert.equal(usesNodes(PLAIN), "");
    assert.match(csBody(HOSTILE_KEYS), /^new JsonObject \{ \["10"\] = "ten", \["class"\] = 1, /);
    assert.equal(usesNodes(HOSTILE_KEYS), "yes");
  });

  it("hostile keys and values evaluate to exactly the body", () => {
    for (const v of [
      ...HOSTILE_VALUES.filter((x) => x !== null),
      HOSTILE_KEYS,
      PLAIN,
      parseJson("[null]"),
      parseJson("[[null]]"),
      parseJson("{}"),
      parseJson("[]"),
    ])
      assert.equal(evaluated(v).value, compactJson(v), `reproduce: ${reproduce(v)}`);
  });

  it(`random bodies evaluate to exactly the body, laid out within ${MAX_WIDTH} columns where they can be (seed ${SEED})`, () => {
    for (const v of sample(jsonValue, RUNS, SEED + 10).filter((x) => x !== null)) {
      const { value, lines } = evaluated(v);
      assert.equal(value, compactJson(v), `reproduce: ${reproduce(v)}`);
      // A line longer than the limit is so for its string literals, which cannot be broken.
      for (const line of lines.filter((l) => l.length > MAX_WIDTH))
        assert.ok(line.replace(/"(?:[^"\\]|\\.)*"/g, '""').length <= MAX_WIDTH, `${line} could be broken`);
    }
  });
});

describe("layout: long lines broken as an IDE formats C#", () => {
  it("hangs the handler lambda, then puts arguments and members on lines of their own", () => {
    const line =
      'app.MapGet("/endpoint", () => Results.Json(new { error = "service_unavailable", message = "Service Unavailable", more = new { a = 1, b = "' +
      "x".repeat(60) +
      '" } }, statusCode: StatusCodes.Status503ServiceUnavailable));';
    assert.equal(
      layout(line, 0, 0, 0),
      [
        'app.MapGet("/endpoint", () =>',
        "    Results.Json(",
        "        new",
        "        {",
        '            error = "service_unavailable",',
        '            message = "Service Unavailable",',
        `            more = new { a = 1, b = "${"x".repeat(60)}" },`,
        "        },",
        "        statusCode: StatusCodes.Status503ServiceUnavailable));",
      ].join("\n"),
    );
    assert.equal(layout('app.MapDelete("/endpoint", () => Results.NoContent());', 8, 8, 0), 'app.MapDelete("/endpoint", () => Results.NoContent());');
  });

  it("does not break inside string literals", () => {
    const line = `return Results.Ok(new { a = "(${"y".repeat(120)}, {" });`;
    assert.equal(layout(line, 0, 0, 0), `return Results.Ok(\n    new\n    {\n        a = "(${"y".repeat(120)}, {",\n    });`);
  });
});

describe("names and routes", () => {
  const csName = helpers.csName as (p: string) => string;
  const csRoute = helpers.csRoute as (r: string) => string;

  it("names route parameters as C# parameters, and the route's segments after them", () => {
    assert.deepEqual(["user_id", "id", "p_x1", "class", "item_2"].map(csName), ["userId", "id", "pX1", "@class", "item2"]);
    assert.equal(csRoute("/users/{user_id}/posts/{class}"), '"/users/{userId}/posts/{class}"');
  });
});
