import type { JsonValue } from "../../src/json/ordered-json.js";
import { C_ESCAPES, hex, quoted } from "../escape.js";
import type { LanguageModule } from "../types.js";

const ESCAPES = { ...C_ESCAPES, "\b": "\\b", "\f": "\\f" };

/** A double-quoted JavaScript string; `${` is inert in double quotes, line separators are escaped. */
export function jsString(s: string): string {
  return quoted(s, '"', ESCAPES, (_ch, cp) => (cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\u{" + hex(cp, 1) + "}"));
}

/** An object key: `"__proto__": v` would set the prototype instead of a property, so that one is computed. */
export function jsKey(k: string): string {
  return k === "__proto__" ? `[${jsString(k)}]` : jsString(k);
}

/** A one-line JavaScript literal; prettier lays it out afterwards. */
export function jsLiteral(value: JsonValue): string {
  if (value === null || typeof value !== "object") return typeof value === "string" ? jsString(value) : String(value);
  if (Array.isArray(value)) return "[" + value.map(jsLiteral).join(", ") + "]";
  const entries = [...value].map(([k, v]) => `${jsKey(k)}: ${jsLiteral(v)}`);
  return entries.length ? "{ " + entries.join(", ") + " }" : "{}";
}

/**
 * "yes" (true for Handlebars' #if) when Express sends `url` as the Location unchanged, else "". Express's
 * res.location() and res.redirect() pass the URL through encodeurl, which percent-encodes every character
 * outside !#$%&'()*+,-./0-9:;=?@A-Z[\]^_a-z|~ and a "%" not starting an escape (its ENCODE_CHARS_REGEXP).
 */
export function encodeurlKeeps(url: string | null): string {
  return url !== null && !/[^\x21\x23-\x3b\x3d\x3f-\x5f\x61-\x7a\x7c\x7e]|%(?![0-9A-Fa-f]{2})/.test(url) ? "yes" : "";
}

export const javascript: LanguageModule = {
  fence: "javascript",
  extension: ".mjs",
  prettier: { parser: "babel", plugins: ["prettier/plugins/babel", "prettier/plugins/estree"] },
  string: jsString,
  literal: (value) => jsLiteral(value),
  jsonText: jsString,
  templateHelpers: { encodeurlKeeps },
};

export default javascript;
