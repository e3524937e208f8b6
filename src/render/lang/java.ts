import { compactJson } from "../../model/json.js";
import type { JsonValue } from "../../model/types.js";
import { hex, isInvisible, mapChars } from "./chars.js";
import type { LanguageHelpers } from "./types.js";

const SIMPLE: Record<string, string> = {
  "\\": "\\\\",
  '"': '\\"',
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

/**
 * A Java string literal. Java translates `\uXXXX` before it tokenizes, so `\u000a` would end the
 * literal: control characters use octal escapes; only printable-safe code points use `\u`.
 */
export function javaString(s: string): string {
  const body = mapChars(s, (ch, cp) => {
    if (SIMPLE[ch]) return SIMPLE[ch];
    if (!isInvisible(ch)) return undefined;
    if (cp < 0x100) return "\\" + cp.toString(8).padStart(3, "0");
    let out = "";
    for (let i = 0; i < ch.length; i++) out += "\\u" + hex(ch.charCodeAt(i), 4);
    return out;
  });
  return '"' + body + '"';
}

function javaLiteral(value: JsonValue): string {
  if (typeof value === "string") return javaString(value);
  // Structured values travel as JSON text: Map.of() forbids null and loses key order.
  return javaString(compactJson(value));
}

export const java: LanguageHelpers = {
  string: javaString,
  literal: (value) => javaLiteral(value),
  jsonText: javaString,
};
