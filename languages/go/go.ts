import { compactJson, type JsonValue } from "../../src/json/ordered-json.js";
import { C_ESCAPES, hex, isInvisible, quoted } from "../escape.js";
import type { LanguageModule } from "../types.js";

const ESCAPES = { ...C_ESCAPES, "\u0007": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v" };

/** An interpreted Go string literal, escaped as strconv.Quote would (UTF-8 kept, invisibles escaped). */
export function goString(s: string): string {
  return quoted(s, '"', ESCAPES, (_ch, cp) => (cp < 0x80 ? "\\x" + hex(cp, 2) : cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8)));
}

/** JSON text reads best as a raw string; Go raw strings cannot hold a backquote or a carriage return. */
function goJsonText(json: string): string {
  return /[`\r]/.test(json) || [...json].some(isInvisible) ? goString(json) : "`" + json + "`";
}

export const go: LanguageModule = {
  fence: "go",
  extension: ".go",
  prettier: null,
  string: goString,
  literal: (value: JsonValue) => (typeof value === "string" ? goString(value) : goJsonText(compactJson(value))),
  jsonText: goJsonText,
};

export default go;
