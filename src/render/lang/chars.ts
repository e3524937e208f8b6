/** Shared pieces of the per-language escapers: which characters must never appear raw in a literal. */

/** Control, format, separator (other than space), private-use and unassigned code points. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function isInvisible(ch: string): boolean {
  return ch !== " " && INVISIBLE.test(ch);
}

export function hex(cp: number, digits: number): string {
  return cp.toString(16).padStart(digits, "0");
}

/** Maps each character through `escape` (undefined keeps it); iterates by code point. */
export function mapChars(s: string, escape: (ch: string, cp: number) => string | undefined): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out += escape(ch, cp) ?? ch;
  }
  return out;
}

/** `\uXXXX` escapes as UTF-16 units (a surrogate pair for astral code points). */
export function utf16Escape(ch: string): string {
  let out = "";
  for (let i = 0; i < ch.length; i++) out += "\\u" + hex(ch.charCodeAt(i), 4);
  return out;
}
