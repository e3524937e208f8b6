import type { JsonValue } from "../../src/json/ordered-json.js";
import { C_ESCAPES, hex, quoted } from "../escape.js";
import type { LanguageModule } from "../types.js";

const ESCAPES = { ...C_ESCAPES, "\b": "\\b", "\f": "\\f" };

/** A double-quoted JavaScript string; `${` is inert in double quotes, line separators are escaped. */
export function jsString(s: string): string {
  return quoted(s, '"', ESCAPES, (_ch, cp) => (cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\u{" + hex(cp, 1) + "}"));
}

/** An object key: `"__proto__": v` would set the prototype instead of a property, so that one is computed. */
function jsKey(k: string): string {
  return k === "__proto__" ? `[${jsString(k)}]` : jsString(k);
}

/** A one-line JavaScript literal; prettier lays it out afterwards. */
export function jsLiteral(value: JsonValue): string {
  if (value === null || typeof value !== "object") return typeof value === "string" ? jsString(value) : String(value);
  if (Array.isArray(value)) return "[" + value.map(jsLiteral).join(", ") + "]";
  const entries = [...value].map(([k, v]) => `${jsKey(k)}: ${jsLiteral(v)}`);
  return entries.length ? "{ " + entries.join(", ") + " }" : "{}";
}

export const javascript: LanguageModule = {
  fence: "javascript",
  extension: ".mjs",
  prettier: { parser: "babel", plugins: ["prettier/plugins/babel", "prettier/plugins/estree"] },
  string: jsString,
  literal: (value) => jsLiteral(value),
  jsonText: jsString,
};

export default javascript;
