import { C_ESCAPES, hex, quoted } from "../escape.js";

const ESCAPES = { ...C_ESCAPES, "\0": "\\0", "\b": "\\b", "\f": "\\f" };

/** A regular C# string literal. `\u` escapes stay inside the literal in C#, unlike Java. */
export function csString(s: string): string {
  return quoted(s, '"', ESCAPES, (_ch, cp) => (cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8)));
}
