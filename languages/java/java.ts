import { compactJson, type JsonValue } from "../../src/json/ordered-json.js";
import { C_ESCAPES, hex, quoted } from "../escape.js";
import type { LanguageModule } from "../types.js";

const ESCAPES = { ...C_ESCAPES, "\b": "\\b", "\f": "\\f" };

/**
 * A Java string literal. Java translates `\uXXXX` before it tokenizes, so `\u000a` would end the
 * literal: control characters use octal escapes; only printable-safe code points use `\u`.
 */
export function javaString(s: string): string {
  return quoted(s, '"', ESCAPES, (ch, cp) =>
    cp < 0x100 ? "\\" + cp.toString(8).padStart(3, "0") : [...Array(ch.length).keys()].map((i) => "\\u" + hex(ch.charCodeAt(i), 4)).join(""),
  );
}

function javaLiteral(value: JsonValue): string {
  if (typeof value === "string") return javaString(value);
  // Structured values travel as JSON text: Map.of() forbids null and loses key order.
  return javaString(compactJson(value));
}

export const java: LanguageModule = {
  fence: "java",
  extension: ".java",
  // Java code is indented by 4 (the JDK's and Spring's own style); prettier-plugin-java defaults to 2.
  prettier: { parser: "java", plugins: ["prettier-plugin-java"], options: { tabWidth: 4 } },
  string: javaString,
  literal: (value) => javaLiteral(value),
  jsonText: javaString,
};

export default java;
