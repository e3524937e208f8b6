import type { JsonValue } from "../../src/json/ordered-json.js";
import { layout, type LayoutNode, type LayoutStyle } from "../layout.js";
import { C_ESCAPES, hex, quoted } from "../escape.js";
import type { LanguageModule } from "../types.js";

const ESCAPES = { ...C_ESCAPES, "\u001b": "\\e" };

/** A double-quoted Ruby string (the Rails style) that evaluates to exactly `s`, never interpolating. */
export function rbString(s: string): string {
  const literal = quoted(s, '"', ESCAPES, (_ch, cp) => (cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\u{" + hex(cp, 1) + "}"));
  // "#" starts interpolation only before "{", "@" or "$" ("#{x}", "#@x", "#$x"): escape it there and only
  // there, as RuboCop's Style/RedundantStringEscape flags any other "\#". No escape above contains "#" or
  // starts with "{", "@" or "$", so every match is a literal "#" before a literal "{", "@" or "$".
  return literal.replace(/#(?=[{@$])/g, "\\#");
}

const SYMBOL_KEY = /^[a-z_][a-z0-9_]*$/;

function node(value: JsonValue): LayoutNode {
  if (value === null) return { kind: "atom", text: "nil" };
  if (typeof value === "boolean" || typeof value === "number") return { kind: "atom", text: String(value) };
  if (typeof value === "string") return { kind: "atom", text: rbString(value) };
  if (Array.isArray(value)) {
    return { kind: "group", open: "[", close: "]", entries: value.map((v) => ({ prefix: "", value: node(v) })) };
  }
  const keys = [...value.keys()];
  // `key:` shorthand only when every key allows it, so one hash never mixes both styles.
  const symbols = keys.every((k) => SYMBOL_KEY.test(k));
  const entries = keys.map((k) => ({
    prefix: symbols ? `${k}: ` : `${rbString(k)} => `,
    value: node(value.get(k)!),
  }));
  return { kind: "group", open: "{", close: "}", entries };
}

const RUBOCOP: LayoutStyle = { width: 120, indentUnit: "  ", trailingComma: false, padInside: true };

/**
 * An RFC 9457 problem as a Ruby hash whose `instance` is the request's path, read when the handler runs
 * (`request.path` in Rails and Rack); laid out like a body literal.
 */
function problemHash(problem: { type: string; title: string; status: number }): (indent: number, column: number, tail: number) => string {
  const entries = [
    { prefix: "type: ", value: { kind: "atom", text: rbString(problem.type) } },
    { prefix: "title: ", value: { kind: "atom", text: rbString(problem.title) } },
    { prefix: "status: ", value: { kind: "atom", text: String(problem.status) } },
    { prefix: "instance: ", value: { kind: "atom", text: "request.path" } },
  ] satisfies { prefix: string; value: LayoutNode }[];
  return (indent, column, tail) => layout({ kind: "group", open: "{", close: "}", entries }, RUBOCOP, " ".repeat(indent), column, tail);
}

/**
 * "yes" (true for Handlebars' #if) when a URL has a scheme or starts with "//", else "": Rails' redirect_to
 * sends such a URL as written and prefixes any other with the request's protocol and host.
 */
const absoluteUrl = (url: string) => (/^([a-z][a-z\d+.-]*:|\/\/)/i.test(url) ? "yes" : "");

export const ruby: LanguageModule = {
  fence: "ruby",
  extension: ".rb",
  prettier: null,
  string: rbString,
  literal: (value, indent, column, tail = 0) => layout(node(value), RUBOCOP, " ".repeat(indent), column, tail),
  jsonText: rbString,
  templateHelpers: { problemHash, absoluteUrl },
};

export default ruby;
