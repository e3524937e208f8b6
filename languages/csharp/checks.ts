/**
 * C# for the test layers: tree-sitter-c-sharp. No .NET SDK runs here, so literals are evaluated by the
 * C# specification's rules: a literal must use only the escapes snipgen means to emit, decoded as C# does.
 */
import type { LanguageChecks } from "../../test/helpers/language-checks.js";

const SIMPLE_ESCAPES: Record<string, string> = { "'": "'", '"': '"', "\\": "\\", "0": "\0", a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };

/** Decodes one C# escape sequence (`\n`, `\u00e9`, `\U0001F600`, `\x41`). */
export function decodeEscape(text: string): string {
  const kind = text[1]!;
  if (kind in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[kind]!;
  if (kind === "u" || kind === "U" || kind === "x") return String.fromCodePoint(parseInt(text.slice(2), 16));
  throw new Error(`unknown C# escape ${JSON.stringify(text)}`);
}

/** A regular string literal with no raw line terminator and only the escapes snipgen emits. */
const SAFE_REGULAR = /^"(?:[^"\\\n\r\u0085\u2028\u2029]|\\["\\0bfnrt]|\\u[0-9a-f]{4}|\\U[0-9a-f]{8})*"$/;

/** Whether a literal is a regular string literal using only the escapes snipgen emits. */
export function isSafeRegularLiteral(literal: string): boolean {
  return SAFE_REGULAR.test(literal);
}

/**
 * The value of a string literal snipgen writes: a regular one (escapes decoded), or a single-line raw one
 * (C# 11: `"""text"""`, the text verbatim; it cannot start or end with a quote, hold `"""` or a line break).
 */
export function stringValue(literal: string): string {
  if (isSafeRegularLiteral(literal)) return literal.slice(1, -1).replace(/\\(["\\0bfnrt]|u[0-9a-f]{4}|U[0-9a-f]{8})/g, (e: string) => decodeEscape(e));
  const raw = /^"""([^\n\r\u0085\u2028\u2029]+)"""$/.exec(literal);
  if (raw && !raw[1]!.startsWith('"') && !raw[1]!.endsWith('"') && !raw[1]!.includes('"""')) return raw[1]!;
  throw new Error(`not a safe C# literal: ${literal}`);
}

const checks: LanguageChecks = {
  grammar: { wasm: "tree-sitter-c-sharp/tree-sitter-c_sharp.wasm", root: "compilation_unit" },

  evaluate: {
    missing: () => null,
    strings: (literals) => literals.map(stringValue),
  },
};

export default checks;
