import type { JsonValue } from "./types.js";

/**
 * Compact JSON text with every invisible character (U+2028, U+2029, other format and control code
 * points JSON.stringify leaves raw) written as a \u escape: the same value, safe in any string literal.
 */
export function compactJson(value: JsonValue): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u00ad\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g, (ch) =>
    "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0"),
  );
}

/** Byte length of text as UTF-8 (what Content-Length counts). */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
