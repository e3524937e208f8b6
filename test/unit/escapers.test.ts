import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import vm from "node:vm";
import { compactJson, parseJson } from "../../src/model/json.js";
import type { JsonValue } from "../../src/model/types.js";
import { LANGUAGES } from "../../src/render/lang/index.js";
import { HOSTILE_STRINGS } from "../helpers/hostile.js";
import { skipUnlessRuns } from "../helpers/toolchains.js";

// Each literal is evaluated by the real language and printed as code points, so a literal that
// evaluates to anything but the input string (or does not compile) fails.
const codePoints = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16)).join(" ");

function run(cmd: string, args: string[], cwd?: string): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", cwd, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  assert.equal(r.status, 0, `${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
  return r.stdout;
}


function withTemp<T>(files: Record<string, string>, body: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "snipgen-esc-"));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function expectLines(out: string): void {
  assert.deepEqual(out.trimEnd().split("\n"), HOSTILE_STRINGS.map(codePoints));
}

describe("string escapers evaluate to exactly the input", () => {
  it("javascript", () => {
    for (const s of HOSTILE_STRINGS) {
      const literal = LANGUAGES.javascript.string(s);
      assert.doesNotMatch(literal, /[\n\r\u2028\u2029]/, "a raw line terminator in a JS literal");
      assert.equal(vm.runInNewContext(literal), s);
    }
  });

  it("python", () => {
    const lines = HOSTILE_STRINGS.map((s) => `print(" ".join(format(ord(c), "x") for c in ${LANGUAGES.python.string(s)}))`);
    expectLines(withTemp({ "t.py": lines.join("\n") + "\n" }, (dir) => run("python3", ["-X", "utf8", join(dir, "t.py")])));
  });

  it("ruby", { skip: skipUnlessRuns("ruby", ["-v"]) }, () => {
    const lines = HOSTILE_STRINGS.map((s) => `puts ${LANGUAGES.ruby.string(s)}.codepoints.map { |c| c.to_s(16) }.join(" ")`);
    expectLines(withTemp({ "t.rb": "# encoding: utf-8\n" + lines.join("\n") + "\n" }, (dir) => run("ruby", [join(dir, "t.rb")])));
  });

  it("go", { skip: skipUnlessRuns("go", ["version"]) }, () => {
    const items = HOSTILE_STRINGS.map((s) => `\t\t${LANGUAGES.go.string(s)},`).join("\n");
    const src = `package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tfor _, s := range []string{\n${items}\n\t} {\n\t\tparts := []string{}\n\t\tfor _, r := range s {\n\t\t\tparts = append(parts, fmt.Sprintf("%x", r))\n\t\t}\n\t\tfmt.Println(strings.Join(parts, " "))\n\t}\n}\n`;
    expectLines(withTemp({ "main.go": src }, (dir) => run("go", ["run", join(dir, "main.go")])));
  });

  it("java", { skip: skipUnlessRuns("java", ["-version"]) }, () => {
    const items = HOSTILE_STRINGS.map((s) => `      ${LANGUAGES.java.string(s)},`).join("\n");
    const src = `public class Main {\n  public static void main(String[] args) {\n    String[] all = {\n${items}\n    };\n    for (String s : all) {\n      StringBuilder b = new StringBuilder();\n      s.codePoints().forEach(c -> b.append(b.length() == 0 ? "" : " ").append(Integer.toHexString(c)));\n      System.out.println(b);\n    }\n  }\n}\n`;
    expectLines(withTemp({ "Main.java": src }, (dir) => run("java", ["-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", join(dir, "Main.java")])));
  });

  it("csharp: no runtime here, so the escapes are checked against the C# specification's escape set", () => {
    for (const s of HOSTILE_STRINGS) {
      const literal = LANGUAGES.csharp.string(s);
      assert.match(literal, /^"(?:[^"\\\n\r\u0085\u2028\u2029]|\\["\\0bfnrt]|\\u[0-9a-f]{4}|\\U[0-9a-f]{8})*"$/, `not a safe C# literal: ${literal}`);
      // Decoding the escapes by the C# rules gives the input back.
      const decoded = literal.slice(1, -1).replace(/\\(["\\0bfnrt]|u[0-9a-f]{4}|U[0-9a-f]{8})/g, (_, e: string) =>
        e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : ({ '"': '"', "\\": "\\", "0": "\0", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" } as Record<string, string>)[e]!,
      );
      assert.equal(decoded, s);
    }
  });
});

// Structured values: the whole body as each language's native literal, read back as JSON.
const HOSTILE_VALUES: JsonValue[] = [
  parseJson('{"zulu": 1, "alpha": [true, false, null, -0.5, 1e-7, 12345], "": {"": ""}, "2": "index-like key", "__proto__": {"x": 1}}'),
  parseJson(JSON.stringify({ nested: HOSTILE_STRINGS.slice(0, 12), deep: [[[[{ a: [[{}], []] }]]]] })),
  parseJson(JSON.stringify(Object.fromEntries(HOSTILE_STRINGS.slice(1, 15).map((s, i) => [s, i])))),
  parseJson('"just a string"'),
  parseJson("[]"),
  parseJson("null"),
];

describe("literal helpers evaluate to exactly the JSON value, key order kept", () => {
  const expected = HOSTILE_VALUES.map((v) => compactJson(v));

  it("python (ast.literal_eval)", () => {
    const lines = HOSTILE_VALUES.map((v) => `print(json.dumps(ast.literal_eval(${JSON.stringify(LANGUAGES.python.literal(v, 0, 0, 0))}), ensure_ascii=False, separators=(",", ":")))`);
    const out = withTemp({ "t.py": "import ast, json\n" + lines.join("\n") + "\n" }, (dir) => run("python3", ["-X", "utf8", join(dir, "t.py")]));
    assert.deepEqual(out.trimEnd().split("\n").map((l) => compactJson(parseJson(l))), expected);
  });

  it("ruby", { skip: skipUnlessRuns("ruby", ["-v"]) }, () => {
    const lines = HOSTILE_VALUES.map((v) => `puts JSON.generate(${LANGUAGES.ruby.literal(v, 0, 0, 0)}, quirks_mode: true)`);
    const out = withTemp({ "t.rb": 'require "json"\n' + lines.join("\n") + "\n" }, (dir) => run("ruby", [join(dir, "t.rb")]));
    assert.deepEqual(out.trimEnd().split("\n").map((l) => compactJson(parseJson(l))), expected);
  });

  it("javascript (vm), JSON-equal (JavaScript itself moves integer-like keys first)", () => {
    for (const v of HOSTILE_VALUES) {
      const value = vm.runInNewContext(`(${LANGUAGES.javascript.literal(v, 0, 0, 0)})`);
      assert.deepEqual(JSON.parse(JSON.stringify(value)), JSON.parse(compactJson(v)));
      if (value && typeof value === "object" && !Array.isArray(value) && v instanceof Map && v.has("__proto__")) {
        assert.ok(Object.prototype.hasOwnProperty.call(value, "__proto__"), "__proto__ must be an own property, not the prototype");
      }
    }
  });

  it("go, java and csharp carry the body as JSON text in a string literal", () => {
    for (const v of HOSTILE_VALUES) {
      const json = compactJson(v);
      assert.match(LANGUAGES.go.jsonText(json), /^(`[^`\r]*`|".*")$/s);
      assert.doesNotMatch(json, /[\u2028\u2029\u0085\u00ad\ufeff\u200b]/, "invisible characters are escaped in the JSON text");
    }
  });
});

describe("layout (black and RuboCop shapes)", () => {
  it("keeps a short literal on one line and explodes a long one with a trailing comma (black)", () => {
    const short = parseJson('{"a": 1, "b": [1, 2]}');
    assert.equal(LANGUAGES.python.literal(short, 4, 11, 0), '{"a": 1, "b": [1, 2]}');
    const long = parseJson(JSON.stringify({ message: "x".repeat(70), items: [1, 2, 3] }));
    assert.equal(LANGUAGES.python.literal(long, 4, 11, 0), `{\n        "message": "${"x".repeat(70)}",\n        "items": [1, 2, 3],\n    }`);
  });

  it("uses Rails-style hashes: symbol keys only when every key allows it, spaces inside braces", () => {
    assert.equal(LANGUAGES.ruby.literal(parseJson('{"a": 1, "b_2": null}'), 0, 0, 0), "{ a: 1, b_2: nil }");
    assert.equal(LANGUAGES.ruby.literal(parseJson('{"a": 1, "B-2": true}'), 0, 0, 0), '{ "a" => 1, "B-2" => true }');
  });
});
