import { compactJson, type JsonValue } from "../../src/json/ordered-json.js";
import { C_ESCAPES, hex, isInvisible, quoted } from "../escape.js";
import type { LanguageModule } from "../types.js";

const ESCAPES = { ...C_ESCAPES, "\0": "\\0", "\b": "\\b", "\f": "\\f" };

/** A regular C# string literal. `\u` escapes stay inside the literal in C#, unlike Java. */
export function csString(s: string): string {
  return quoted(s, '"', ESCAPES, (_ch, cp) => (cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8)));
}

/**
 * JSON text as a C# 11 raw string literal (`"""{"a":1}"""`) when it can be one: a single-line raw
 * string cannot start or end with a quote, contain `"""`, or hold a line separator.
 */
function csJsonText(json: string): string {
  const raw = !json.startsWith('"') && !json.endsWith('"') && !json.includes('"""') && ![...json].some(isInvisible);
  return raw ? `"""${json}"""` : csString(json);
}

export const csharp: LanguageModule = {
  fence: "csharp",
  extension: ".cs",
  prettier: null,
  string: csString,
  literal: (value: JsonValue) => (typeof value === "string" ? csString(value) : csJsonText(compactJson(value))),
  jsonText: csJsonText,
};

export default csharp;
