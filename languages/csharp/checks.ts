/**
 * C# for the test layers: tree-sitter-c-sharp. No .NET SDK runs here, so literals are evaluated by the
 * C# specification's rules: a literal must use only the escapes snipgen means to emit, decoded as C# does.
 */
import type { Node } from "web-tree-sitter";
import type { LanguageChecks } from "../../test/helpers/language-checks.js";
import type { JsonValue } from "../../src/json/ordered-json.js";
import { isPlainKey } from "./body.js";

const SIMPLE_ESCAPES: Record<string, string> = { "'": "'", '"': '"', "\\": "\\", "0": "\0", a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };

/** Decodes one C# escape sequence (`\n`, `\u00e9`, `\U0001F600`, `\x41`). */
export function decodeEscape(text: string): string {
  const kind = text[1]!;
  if (kind in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[kind]!;
  if (kind === "u" || kind === "U" || kind === "x") return String.fromCodePoint(parseInt(text.slice(2), 16));
  throw new Error(`unknown C# escape ${JSON.stringify(text)}`);
}

/** A regular string literal with no raw line terminator and only the escapes snipgen emits. */
const SAFE_REGULAR = /^"(?:[^"\\\n\r\u0085\u2028\u2029]|\\["\\0bfnrt]|\\u[0-9a-f]{4}|\\U[0-9a-f]{8})*"$/;

/** Whether a literal is a regular string literal using only the escapes snipgen emits. */
export function isSafeRegularLiteral(literal: string): boolean {
  return SAFE_REGULAR.test(literal);
}

/**
 * The value of a string literal snipgen writes: a regular one (escapes decoded), or a single-line raw one
 * (C# 11: `"""text"""`, the text verbatim; it cannot start or end with a quote, hold `"""` or a line break).
 */
export function stringValue(literal: string): string {
  if (isSafeRegularLiteral(literal)) return literal.slice(1, -1).replace(/\\(["\\0bfnrt]|u[0-9a-f]{4}|U[0-9a-f]{8})/g, (e: string) => decodeEscape(e));
  const raw = /^"""([^\n\r\u0085\u2028\u2029]+)"""$/.exec(literal);
  if (raw && !raw[1]!.startsWith('"') && !raw[1]!.endsWith('"') && !raw[1]!.includes('"""')) return raw[1]!;
  throw new Error(`not a safe C# literal: ${literal}`);
}

/** The value of a C# string literal node (regular, verbatim or raw), or null for any other node. */
export function csStringValue(node: Node): string | null {
  switch (node.type) {
    case "string_literal":
      return node.namedChildren.map((c) => (c!.type === "escape_sequence" ? decodeEscape(c!.text) : c!.text)).join("");
    case "verbatim_string_literal":
      return node.text.slice(2, -1).replace(/""/g, '"');
    case "raw_string_literal": {
      const content = node.namedChildren.find((c) => c!.type === "raw_string_content");
      if (node.text.includes("\n")) throw new Error("multi-line raw string literals are not expected in snippets");
      return content?.text ?? "";
    }
    default:
      return null;
  }
}

const named = (node: Node): Node[] => node.namedChildren.filter((c): c is Node => c !== null);
const children = (node: Node): Node[] => node.children.filter((c): c is Node => c !== null);

/** The expression of an `argument` node. */
const argumentValue = (arg: Node): Node => named(arg).at(-1)!;

/** A body expression that is not data System.Text.Json writes as snipgen promised. */
export class NotData extends Error {}

/** A numeric literal's value (`12345678901L`, `2.5`, `1e+21`, `-3`). */
function numberOf(node: Node): number {
  if (node.type === "prefix_unary_expression" && node.text.startsWith("-")) return -numberOf(named(node)[0]!);
  if (node.type === "integer_literal" || node.type === "real_literal") return Number(node.text.replace(/[lLdD]$/, ""));
  throw new NotData(`not a number: ${node.text}`);
}

/**
 * The JSON value a body expression serializes to, as System.Text.Json writes it under ASP.NET Core's web
 * defaults: anonymous objects in declaration order with the camelCase policy (a name it would change is
 * an error here), JsonObject / JsonArray trees as built, arrays, literals, (object?)null.
 */
export function bodyValue(node: Node): JsonValue {
  switch (node.type) {
    case "string_literal":
    case "verbatim_string_literal":
    case "raw_string_literal":
      return csStringValue(node)!;
    case "boolean_literal":
      return node.text === "true";
    case "null_literal":
      return null;
    case "integer_literal":
    case "real_literal":
    case "prefix_unary_expression":
      return numberOf(node);
    case "cast_expression": {
      const value = node.childForFieldName("value") ?? named(node).at(-1)!;
      if (value.type !== "null_literal") throw new NotData(`a cast of something other than null: ${node.text}`);
      return null;
    }
    case "parenthesized_expression":
      return bodyValue(named(node)[0]!);
    case "anonymous_object_creation_expression": {
      const entries: [string, JsonValue][] = [];
      const parts = children(node);
      for (let i = 0; i < parts.length; i++) {
        if (parts[i]!.type !== "identifier" || parts[i + 1]?.type !== "=") continue;
        const name = parts[i]!.text.replace(/^@/, "");
        if (!isPlainKey(name)) throw new NotData(`the camelCase policy would rename property ${name}`);
        entries.push([name, bodyValue(parts[i + 2]!)]);
        i += 2;
      }
      return new Map(entries);
    }
    case "implicit_array_creation_expression":
    case "array_creation_expression": {
      const init = named(node).find((c) => c.type === "initializer_expression");
      return init ? named(init).map(bodyValue) : [];
    }
    case "object_creation_expression": {
      const type = node.childForFieldName("type")?.text;
      const init = named(node).find((c) => c.type === "initializer_expression");
      const list = node.childForFieldName("arguments");
      if (type === "JsonArray") {
        if (init) throw new NotData("a JsonArray with an initializer");
        return list ? named(list).map((a) => bodyValue(argumentValue(a))) : [];
      }
      if (type !== "JsonObject" || (list && named(list).length)) throw new NotData(`unexpected object creation: ${node.text}`);
      const entries: [string, JsonValue][] = [];
      for (const assignment of init ? named(init) : []) {
        const left = assignment.childForFieldName("left");
        const right = assignment.childForFieldName("right");
        if (assignment.type !== "assignment_expression" || left?.type !== "element_binding_expression" || !right)
          throw new NotData(`not an ["key"] = value entry: ${assignment.text}`);
        const key = csStringValue(argumentValue(named(left)[0]!));
        if (key === null) throw new NotData(`a key that is not a string literal: ${left.text}`);
        entries.push([key, bodyValue(right)]);
      }
      return new Map(entries);
    }
    case "invocation_expression":
      if (node.text === "Array.Empty<object>()") return [];
      throw new NotData(`unexpected call in the body: ${node.text}`);
    default:
      throw new NotData(`unexpected ${node.type} in the body: ${node.text}`);
  }
}

const checks: LanguageChecks = {
  grammar: { wasm: "tree-sitter-c-sharp/tree-sitter-c_sharp.wasm", root: "compilation_unit" },

  evaluate: {
    missing: () => null,
    strings: (literals) => literals.map(stringValue),
  },
};

export default checks;
