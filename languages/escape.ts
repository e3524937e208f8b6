/** Shared pieces of the per-language escapers: which characters must never appear raw in a literal. */

/** Control, format, separator (other than space), private-use and unassigned code points. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function isInvisible(ch: string): boolean {
  return ch !== " " && INVISIBLE.test(ch);
}

export function hex(cp: number, digits: number): string {
  return cp.toString(16).padStart(digits, "0");
}

/** The escapes C-family string literals share; each language adds or removes a few. */
export const C_ESCAPES: Readonly<Record<string, string>> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * A quoted string literal: each character becomes its entry in `escapes`, an invisible one (see
 * isInvisible) becomes `invisible(ch, codePoint)`, any other stays as it is. Iterates by code point.
 */
export function quoted(s: string, quote: string, escapes: Readonly<Record<string, string>>, invisible: (ch: string, cp: number) => string): string {
  let out = quote;
  for (const ch of s) out += escapes[ch] ?? (isInvisible(ch) ? invisible(ch, ch.codePointAt(0)!) : ch);
  return out + quote;
}
