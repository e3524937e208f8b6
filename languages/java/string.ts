import { C_ESCAPES, hex, quoted } from "../escape.js";

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
