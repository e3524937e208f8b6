import type { JsonValue } from "../../model/types.js";
import { layout, type LayoutNode, type LayoutStyle } from "../layout.js";
import { hex, isInvisible, mapChars } from "./chars.js";
import type { LanguageHelpers } from "./types.js";

const SIMPLE: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** A Python str literal, quoted the way black leaves it (double quotes unless that needs more escapes). */
export function pyString(s: string): string {
  const doubles = [...s].filter((c) => c === '"').length;
  const singles = [...s].filter((c) => c === "'").length;
  const quote = doubles > singles ? "'" : '"';
  const body = mapChars(s, (ch, cp) => {
    if (ch === quote) return "\\" + quote;
    if (SIMPLE[ch]) return SIMPLE[ch];
    if (!isInvisible(ch)) return undefined;
    if (cp < 0x100) return "\\x" + hex(cp, 2);
    return cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8);
  });
  return quote + body + quote;
}

function node(value: JsonValue): LayoutNode {
  if (value === null) return { kind: "atom", text: "None" };
  if (value === true) return { kind: "atom", text: "True" };
  if (value === false) return { kind: "atom", text: "False" };
  if (typeof value === "number") return { kind: "atom", text: String(value) };
  if (typeof value === "string") return { kind: "atom", text: pyString(value) };
  if (Array.isArray(value)) {
    return { kind: "group", open: "[", close: "]", entries: value.map((v) => ({ prefix: "", value: node(v) })) };
  }
  const entries = [...value].map(([k, v]) => ({ prefix: pyString(k) + ": ", value: node(v) }));
  return { kind: "group", open: "{", close: "}", entries };
}

const BLACK: LayoutStyle = { width: 88, indentUnit: "    ", trailingComma: true, padInside: false };

export const python: LanguageHelpers = {
  string: pyString,
  literal: (value, indent, column, tail = 0) => layout(node(value), BLACK, " ".repeat(indent), column, tail),
  jsonText: pyString,
};
