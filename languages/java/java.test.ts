/** Java's literal helpers, evaluated by the JDK: hostile strings, the body as JSON text and as records, random values; names and URIs. */
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { compactJson, parseJson, type JsonValue } from "../../src/json/ordered-json.js";
import { headerValue, jsonValue, RUNS, SEED } from "../../test/helpers/arbitraries.js";
import { assertSameStrings, assertSameValues, reproduceBody, sample } from "../../test/helpers/escapers.js";
import { outputLines, runCommand, withTempDir } from "../../test/helpers/files.js";
import { HOSTILE_STRINGS, HOSTILE_VALUES } from "../../test/helpers/hostile.js";
import { canonical, parseOrdered } from "../../test/runtime/ordered-json.js";
import { skipWhenMissing } from "../../test/helpers/toolchains.js";
import checks from "./checks.js";
import { java } from "./java.js";

const skip = skipWhenMissing(checks.evaluate.missing());
const reproduce = (v: Parameters<typeof reproduceBody>[1]) => reproduceBody("java", v);

describe("java escapers evaluate to exactly the input", () => {
  it("string(): hostile strings", { skip }, () => {
    assertSameStrings(checks.evaluate.strings(HOSTILE_STRINGS.map(java.string)), HOSTILE_STRINGS);
  });

  it("jsonText(): hostile values' JSON text comes back unchanged", { skip }, () => {
    assertSameValues(checks.evaluate.strings(HOSTILE_VALUES.map((v) => java.jsonText(compactJson(v)))), HOSTILE_VALUES, reproduce);
  });
});

describe(`java escaper properties (seed ${SEED}, ${RUNS} cases; replay: SNIPGEN_FUZZ_SEED=${SEED})`, () => {
  it("the JSON text literal holds exactly the body", { skip }, () => {
    const values = sample(jsonValue, RUNS, SEED + 5);
    assertSameValues(checks.evaluate.strings(values.map((v) => java.jsonText(compactJson(v)))), values, reproduce);
  });

  it("string(): header values (printable ASCII) come back unchanged", { skip }, () => {
    const values = sample(headerValue, RUNS, SEED + 6);
    assertSameStrings(checks.evaluate.strings(values.map(java.string)), values);
  });
});

// The body as Java data: each value's records and statements go into a class of their own, and a small
// reflective writer (records in component order, @JsonProperty names, maps in iteration order) prints
// each as JSON, which must be the value with its key order. Jackson itself is proven by the runtime layer.
const helpers = java.templateHelpers!;
type BodyHelper = (body: JsonValue, name: string, params: string[]) => string;
const bodyHelper = (name: string) => helpers[name] as BodyHelper;
const [records, setup, bodyType, bodyValue] = [bodyHelper("javaRecords"), bodyHelper("javaBodySetup"), bodyHelper("javaBodyType"), bodyHelper("javaBodyValue")];

const WRITER = `
  @Retention(RetentionPolicy.RUNTIME)
  @interface JsonProperty {
    String value();
  }

  static String json(Object v) throws Exception {
    if (v == null) return "null";
    if (v instanceof String s) {
      StringBuilder b = new StringBuilder("\\"");
      for (char c : s.toCharArray()) {
        if (c == '"' || c == '\\\\') b.append('\\\\').append(c);
        else if (c < 0x20 || c > 0x7e) b.append(String.format("\\\\u%04x", (int) c));
        else b.append(c);
      }
      return b.append('"').toString();
    }
    if (v instanceof Number || v instanceof Boolean) return v.toString();
    StringJoiner out;
    if (v instanceof List<?> list) {
      out = new StringJoiner(",", "[", "]");
      for (Object x : list) out.add(json(x));
    } else if (v instanceof Map<?, ?> map) {
      out = new StringJoiner(",", "{", "}");
      for (Map.Entry<?, ?> e : map.entrySet()) out.add(json(e.getKey()) + ":" + json(e.getValue()));
    } else {
      out = new StringJoiner(",", "{", "}");
      for (RecordComponent c : v.getClass().getRecordComponents()) {
        JsonProperty name = c.getAnnotation(JsonProperty.class);
        c.getAccessor().setAccessible(true);
        out.add(json(name == null ? c.getName() : name.value()) + ":" + json(c.getAccessor().invoke(v)));
      }
    }
    return out.toString();
  }
`;

function bodyProgram(values: JsonValue[], params: string[]): string {
  const classes = values.map((v, i) => {
    const name = "OK response";
    const statements = [setup(v, name, params), `${bodyType(v, name, params)} body = ${bodyValue(v, name, params)};`];
    if (bodyValue(v, name, params) === "body") statements.pop();
    return `  static class Body${i} {\n${records(v, name, params)}\n\n    static Object make() {\n${statements.join("\n")}\n      return body;\n    }\n  }\n`;
  });
  const calls = values.map((_, i) => `      System.out.println(json(Body${i}.make()));`).join("\n");
  const imports = ["java.lang.annotation.*", "java.lang.reflect.RecordComponent", "java.util.*"].map((i) => `import ${i};\n`).join("");
  return `${imports}\npublic class Main {\n${WRITER}\n${classes.join("\n")}\n  public static void main(String[] args) throws Exception {\n${calls}\n  }\n}\n`;
}

/** Each line is the value's JSON, equal as the runtime layer compares a live body: same numbers, same key order. */
function assertSameJson(lines: string[], values: JsonValue[]): void {
  assert.equal(lines.length, values.length, "one line per body");
  values.forEach((v, i) => {
    const want = compactJson(v);
    assert.equal(canonical(parseOrdered(lines[i]!)), canonical(parseOrdered(want)), `${lines[i]} is not ${want}; reproduce: ${reproduce(v)}`);
  });
}

const written = (values: JsonValue[], params: string[] = []) =>
  withTempDir({ "Main.java": bodyProgram(values, params) }, (dir) => outputLines(runCommand("java", ["-Xshare:auto", join(dir, "Main.java")])));

/** Keys a record component cannot simply be named after: keywords, record-forbidden names, mangling collisions, non-ASCII. */
const HOSTILE_KEYS = parseJson(
  JSON.stringify({
    class: 1,
    toString: "t",
    hashCode: true,
    a_b: 1,
    aB: 2,
    "a-b": 3,
    isActive: true,
    URL: "u",
    "10": "ten",
    ключ: "значение",
    "😀": null,
    'key "with" quotes': "'",
    "": "empty key",
    List: { Map: { String: [] } },
    user_id: { "": [1, null] },
    items: [{ id: 1 }, { id: 2.5 }, { id: null }],
    mixed: [1, "one", [2, [3]], { deep: [{}] }, null],
    longs: [1, 12345678901],
    numbers: [1, 0.5, -3e-7, 1e21, 5e-324, 9007199254740991],
  }),
);

describe("javaBody: the body as records and LinkedHashMaps", () => {
  it("writes the default bodies as records with @JsonProperty only where the key is not the name", () => {
    const body = parseJson('{"id":"abc-123","created_at":"2026-02-24T12:00:00Z"}');
    assert.equal(records(body, "Created response", []), 'record CreatedResponse(String id, @JsonProperty("created_at") String createdAt) {}');
    assert.equal(bodyValue(body, "Created response", []), 'new CreatedResponse("abc-123", "2026-02-24T12:00:00Z")');
    assert.equal(bodyType(body, "Created response", []), "CreatedResponse");
  });

  it("never writes Map.of with entries, whose order changes from one JVM run to the next", () => {
    for (const v of [...HOSTILE_VALUES, HOSTILE_KEYS]) {
      const code = setup(v, "OK response", []) + bodyValue(v, "OK response", []);
      assert.doesNotMatch(code, /Map\.of\([^)]/);
    }
  });

  it("keeps map variables clear of the handler's parameters", () => {
    const body = parseJson('{"user_id": {"": 1}, "": 2}');
    assert.match(setup(body, "OK response", ["user_id"]), /Map<String, Object> userId2 = new LinkedHashMap<>\(\);/);
  });

  it("hostile keys and values come back exactly, key order kept", { skip }, () => {
    const values = [...HOSTILE_VALUES, HOSTILE_KEYS, parseJson('{"":1}'), parseJson("{}"), parseJson("[[], {}]"), parseJson("42"), parseJson("[null]")];
    assertSameJson(written(values, ["user_id", "body"]), values);
  });

  it(`random bodies come back exactly (seed ${SEED})`, { skip }, () => {
    const values = sample(jsonValue, Math.min(RUNS, 300), SEED + 9).filter((v) => v !== null && typeof v !== "string");
    assertSameJson(written(values), values);
  });
});

describe("javaName and javaUri", () => {
  const javaName = helpers.javaName as (name: string) => string;
  const javaUri = helpers.javaUri as (url: string | null) => string;

  it("names path parameters as Java does", () => {
    assert.deepEqual(["user_id", "id", "p_x1", "class", "new", "wait", "2fa"].map(javaName), [
      "userId",
      "id",
      "pX1",
      "classValue",
      "newValue",
      "waitValue",
      "field2Fa",
    ]);
  });

  it("writes URI.create only for a URL java.net.URI keeps as it is", () => {
    for (const ok of ["/endpoint/abc-123", "/next?a=1&b=2#top", "https://example.com/new-endpoint", "http://h:8080", "/a%20b", "/~u/(x)!*'@:;=,+$"])
      assert.equal(javaUri(ok), `URI.create(${java.string(ok)})`, ok);
    for (const bad of ["/a b", '/a"b', "/a[1]", "/a%2", "/a#b#c", "//host/x", "relative", "mailto:x@y", "/é", "", "/a\\b", "/a{b}", "/a|b", "/a^b"])
      assert.equal(javaUri(bad), "", bad);
    assert.equal(javaUri(null), "");
  });
});
