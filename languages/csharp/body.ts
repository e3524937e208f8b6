/**
 * A JSON body as C# data for Results.Json / Results.Ok, written on one line (languages/csharp/layout.ts
 * lays it out). ASP.NET Core serializes with JsonSerializerDefaults.Web, whose camelCase naming policy
 * rewrites a property name that starts with an upper-case letter: an anonymous object (`new { id = 1 }`)
 * carries the body only when every key is a C# identifier that the policy leaves as it is, and System.Text.Json
 * writes its properties in declaration order. Any other key (upper case, quotes, "", non-ASCII, "2") makes
 * the whole body a JsonObject / JsonArray tree, written as built, without the policy.
 */
import type { JsonValue } from "../../src/json/ordered-json.js";
import { csString } from "./string.js";

const KEYWORDS = new Set(
  (
    "abstract as base bool break byte case catch char checked class const continue decimal default delegate do double else enum event " +
    "explicit extern false finally fixed float for foreach goto if implicit in int interface internal is lock long namespace new null object " +
    "operator out override params private protected public readonly ref return sbyte sealed short sizeof stackalloc static string struct " +
    "switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual void volatile while"
  ).split(" "),
);

/** A key an anonymous object's property can carry: an ASCII identifier the camelCase policy keeps (no upper-case first letter). */
export const isPlainKey = (key: string) => /^[a-z_][A-Za-z0-9_]*$/.test(key) && key !== "_";

/** The identifier for a key or parameter: a keyword is escaped with @ (its name stays the keyword). */
export const csIdentifier = (name: string) => (KEYWORDS.has(name) ? "@" + name : name);

/** A C# parameter name for a route parameter: user_id → userId (route values bind by name, ignoring case). */
export function csName(param: string): string {
  const words = param.split("_").filter(Boolean);
  const name = words.map((w, i) => (i ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join("");
  return csIdentifier(/^[a-z_]/.test(name) ? name : "p" + name);
}

/** Whether every object key in the value can be an anonymous object's property. */
function plainKeysOnly(v: JsonValue): boolean {
  if (Array.isArray(v)) return v.every(plainKeysOnly);
  if (v instanceof Map) return [...v].every(([k, x]) => isPlainKey(k) && plainKeysOnly(x));
  return true;
}

const INT32 = 2 ** 31;
const LONG = 2 ** 63;
function numberLiteral(n: number): string {
  if (Number.isInteger(n) && n >= -INT32 && n < INT32) return String(n);
  if (Number.isInteger(n) && n >= -LONG && n < LONG) return `${n}L`;
  const text = String(n);
  return /[.e]/.test(text) ? text : text + ".0";
}

/** The C# type an expression of anonymous-object mode has, so arrays are `new[]` only when their elements share one. */
function typeOf(v: JsonValue): string {
  if (v === null) return "object?";
  if (typeof v === "string") return "string";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return /L$/.test(numberLiteral(v)) ? "long" : /[.e]/.test(numberLiteral(v)) ? "double" : "int";
  if (Array.isArray(v)) {
    const types = new Set(v.map(typeOf));
    return types.size === 1 && !types.has("object?") ? `${[...types][0]}[]` : v.includes(null) ? "object?[]" : "object[]";
  }
  return `{${[...v].map(([k, x]) => `${k}:${typeOf(x)}`).join(",")}}`;
}

function anonymous(v: JsonValue, member: boolean): string {
  if (v === null) return member ? "(object?)null" : "null";
  if (typeof v === "string") return csString(v);
  if (typeof v === "boolean") return String(v);
  if (typeof v === "number") return numberLiteral(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return "Array.Empty<object>()";
    const type = typeOf(v);
    const prefix = /^(object\??)\[\]$/.test(type) ? `new ${type}` : "new[]";
    return `${prefix} { ${v.map((x) => anonymous(x, false)).join(", ")} }`;
  }
  if (v.size === 0) return "new { }";
  return `new { ${[...v].map(([k, x]) => `${csIdentifier(k)} = ${anonymous(x, true)}`).join(", ")} }`;
}

function node(v: JsonValue): string {
  if (v === null) return "null";
  if (typeof v === "string") return csString(v);
  if (typeof v === "boolean") return String(v);
  if (typeof v === "number") return numberLiteral(v);
  // new JsonArray(null) would not compile (it could be the options or the items array).
  if (Array.isArray(v)) return v.length === 1 && v[0] === null ? "new JsonArray((JsonNode?)null)" : `new JsonArray(${v.map(node).join(", ")})`;
  if (v.size === 0) return "new JsonObject()";
  return `new JsonObject { ${[...v].map(([k, x]) => `[${csString(k)}] = ${node(x)}`).join(", ")} }`;
}

/** The body as one C# expression, and whether it is a System.Text.Json.Nodes tree (which needs its using). */
export function csBody(body: JsonValue): { code: string; nodes: boolean } {
  if (plainKeysOnly(body)) return { code: anonymous(body, false), nodes: false };
  return { code: node(body), nodes: true };
}
