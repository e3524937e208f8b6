import type { JsonValue } from "../../src/json/ordered-json.js";
import { layout, type LayoutNode, type LayoutStyle } from "../layout.js";
import { C_ESCAPES, hex, quoted } from "../escape.js";
import type { LanguageModule } from "../types.js";

/** A Python str literal, quoted the way black leaves it (double quotes unless that needs more escapes). */
export function pyString(s: string): string {
  const doubles = [...s].filter((c) => c === '"').length;
  const singles = [...s].filter((c) => c === "'").length;
  const quote = doubles > singles ? "'" : '"';
  const { '"': _, ...escapes } = C_ESCAPES;
  return quoted(s, quote, { ...escapes, [quote]: "\\" + quote }, (_ch, cp) =>
    cp < 0x100 ? "\\x" + hex(cp, 2) : cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8),
  );
}

/** A number as black writes it: `1e+300` becomes `1e300` (JavaScript never prints `1.`, `.5` or `1E5`). */
export function pyNumber(n: number): string {
  return String(n).replace("e+", "e");
}

function node(value: JsonValue): LayoutNode {
  if (value === null) return { kind: "atom", text: "None" };
  if (value === true) return { kind: "atom", text: "True" };
  if (value === false) return { kind: "atom", text: "False" };
  if (typeof value === "number") return { kind: "atom", text: pyNumber(value) };
  if (typeof value === "string") return { kind: "atom", text: pyString(value) };
  if (Array.isArray(value)) {
    return { kind: "group", open: "[", close: "]", entries: value.map((v) => ({ prefix: "", value: node(v) })) };
  }
  const entries = [...value].map(([k, v]) => ({ prefix: pyString(k) + ": ", value: node(v) }));
  return { kind: "group", open: "{", close: "}", entries };
}

/**
 * Code point ranges black counts as two columns wide: black 26.10.1's `black/_width_table.py`
 * (generated from wcwidth 0.2.14, Unicode 17.0.0), start and end inclusive. Every other code point,
 * combining marks included, counts as one column.
 */
// prettier-ignore
const BLACK_WIDE: readonly number[] = [
  0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x23e9, 0x23ec, 0x23f0, 0x23f0, 0x23f3, 0x23f3,
  0x25fd, 0x25fe, 0x2614, 0x2615, 0x2630, 0x2637, 0x2648, 0x2653, 0x267f, 0x267f, 0x268a, 0x268f,
  0x2693, 0x2693, 0x26a1, 0x26a1, 0x26aa, 0x26ab, 0x26bd, 0x26be, 0x26c4, 0x26c5, 0x26ce, 0x26ce,
  0x26d4, 0x26d4, 0x26ea, 0x26ea, 0x26f2, 0x26f3, 0x26f5, 0x26f5, 0x26fa, 0x26fa, 0x26fd, 0x26fd,
  0x2705, 0x2705, 0x270a, 0x270b, 0x2728, 0x2728, 0x274c, 0x274c, 0x274e, 0x274e, 0x2753, 0x2755,
  0x2757, 0x2757, 0x2795, 0x2797, 0x27b0, 0x27b0, 0x27bf, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50,
  0x2b55, 0x2b55, 0x2e80, 0x2e99, 0x2e9b, 0x2ef3, 0x2f00, 0x2fd5, 0x2ff0, 0x3029, 0x3030, 0x303e,
  0x3041, 0x3096, 0x309b, 0x30ff, 0x3105, 0x312f, 0x3131, 0x318e, 0x3190, 0x31e5, 0x31ef, 0x321e,
  0x3220, 0x3247, 0x3250, 0xa48c, 0xa490, 0xa4c6, 0xa960, 0xa97c, 0xac00, 0xd7a3, 0xf900, 0xfaff,
  0xfe10, 0xfe19, 0xfe30, 0xfe52, 0xfe54, 0xfe66, 0xfe68, 0xfe6b, 0xff01, 0xff60, 0xffe0, 0xffe6,
  0x16fe0, 0x16fe3, 0x16ff2, 0x16ff6, 0x17000, 0x18cd5, 0x18cff, 0x18d1e, 0x18d80, 0x18df2, 0x1aff0, 0x1aff3,
  0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1b000, 0x1b122, 0x1b132, 0x1b132, 0x1b150, 0x1b152, 0x1b155, 0x1b155,
  0x1b164, 0x1b167, 0x1b170, 0x1b2fb, 0x1d300, 0x1d356, 0x1d360, 0x1d376, 0x1f004, 0x1f004, 0x1f0cf, 0x1f0cf,
  0x1f18e, 0x1f18e, 0x1f191, 0x1f19a, 0x1f200, 0x1f202, 0x1f210, 0x1f23b, 0x1f240, 0x1f248, 0x1f250, 0x1f251,
  0x1f260, 0x1f265, 0x1f300, 0x1f320, 0x1f32d, 0x1f335, 0x1f337, 0x1f37c, 0x1f37e, 0x1f393, 0x1f3a0, 0x1f3ca,
  0x1f3cf, 0x1f3d3, 0x1f3e0, 0x1f3f0, 0x1f3f4, 0x1f3f4, 0x1f3f8, 0x1f3fa, 0x1f400, 0x1f43e, 0x1f440, 0x1f440,
  0x1f442, 0x1f4fc, 0x1f4ff, 0x1f53d, 0x1f54b, 0x1f54e, 0x1f550, 0x1f567, 0x1f57a, 0x1f57a, 0x1f595, 0x1f596,
  0x1f5a4, 0x1f5a4, 0x1f5fb, 0x1f64f, 0x1f680, 0x1f6c5, 0x1f6cc, 0x1f6cc, 0x1f6d0, 0x1f6d2, 0x1f6d5, 0x1f6d8,
  0x1f6dc, 0x1f6df, 0x1f6eb, 0x1f6ec, 0x1f6f4, 0x1f6fc, 0x1f7e0, 0x1f7eb, 0x1f7f0, 0x1f7f0, 0x1f90c, 0x1f93a,
  0x1f93c, 0x1f945, 0x1f947, 0x1f9ff, 0x1fa70, 0x1fa7c, 0x1fa80, 0x1fa8a, 0x1fa8e, 0x1fac6, 0x1fac8, 0x1fac8,
  0x1facd, 0x1fadc, 0x1fadf, 0x1faea, 0x1faef, 0x1faf8, 0x20000, 0x2fffd, 0x30000, 0x3fffd,
];

function blackCharWidth(cp: number): number {
  let lo = 0;
  let hi = BLACK_WIDE.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < BLACK_WIDE[mid * 2]!) hi = mid - 1;
    else if (cp > BLACK_WIDE[mid * 2 + 1]!) lo = mid + 1;
    else return 2;
  }
  return 1;
}

/** Columns black counts for a piece of a line (its `str_width`). */
export function blackWidth(text: string): number {
  if (/^[\x00-\x7f]*$/.test(text)) return text.length;
  let width = 0;
  for (const ch of text) width += blackCharWidth(ch.codePointAt(0)!);
  return width;
}

const BLACK: LayoutStyle = { width: 88, indentUnit: "    ", trailingComma: true, padInside: false, singleEntryWithoutComma: true, measure: blackWidth };

/**
 * A literal laid out as black would leave it. A literal that ends its line is the right-hand side of an
 * assignment (or a return): black puts its optional parentheses around a string or number that is too
 * long there when that makes it fit on a line of its own.
 */
function pyLiteral(value: JsonValue, indent: number, column: number, tail = 0): string {
  const n = node(value);
  const pad = " ".repeat(indent);
  if (n.kind === "atom" && tail === 0) {
    const width = blackWidth(n.text);
    const inner = indent + BLACK.indentUnit.length;
    if (column + width > BLACK.width && inner + width <= BLACK.width) return `(\n${pad}${BLACK.indentUnit}${n.text}\n${pad})`;
  }
  return layout(n, BLACK, pad, column, tail);
}

const CLOSERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/**
 * Reads a line the template wrote (names, calls, lists, dicts, keyword arguments, string literals)
 * into layout groups: a bracket after a name or a closing bracket is a call, whose arguments black
 * keeps together on one line when they fit ("hug"); other brackets are collections.
 */
export function parseLine(code: string): { prefix: string; value: LayoutNode } {
  let i = 0;
  const fail = (): never => {
    throw new Error(`wrap: cannot lay out ${JSON.stringify(code)} at ${i}`);
  };
  const readString = (): string => {
    const quote = code[i]!;
    let j = i + 1;
    while (j < code.length && code[j] !== quote) j += code[j] === "\\" ? 2 : 1;
    if (j >= code.length) fail();
    const text = code.slice(i, j + 1);
    i = j + 1;
    return text;
  };
  const entry = (closer: string | null): { prefix: string; value: LayoutNode } | null => {
    let text = "";
    while (i < code.length && code[i] !== "," && code[i] !== closer) {
      const ch = code[i]!;
      if (ch === '"' || ch === "'") {
        text += readString();
      } else if (CLOSERS[ch]) {
        const isCall = ch === "(" && /[\w)\]]$/.test(text);
        i++;
        const inner = entries(CLOSERS[ch]!);
        i++;
        if (i < code.length && code[i] !== "," && code[i] !== closer) fail();
        const group: LayoutNode = { kind: "group", open: isCall ? text + ch : ch, close: CLOSERS[ch]!, entries: inner, hug: isCall };
        return { prefix: isCall ? "" : text, value: group };
      } else {
        text += ch;
        i++;
      }
    }
    return text.trim() ? { prefix: "", value: { kind: "atom", text: text.trim() } } : null;
  };
  const entries = (closer: string): { prefix: string; value: LayoutNode }[] => {
    const list: { prefix: string; value: LayoutNode }[] = [];
    for (;;) {
      while (code[i] === " ") i++;
      const e = entry(closer);
      if (e) list.push(e);
      if (code[i] === ",") i++;
      else if (code[i] === closer) return list;
      else fail();
    }
  };
  const top = entry(null);
  if (!top || i !== code.length) fail();
  return top!;
}

/** A response header as the templates pass it. */
export type Header = { name: string; value: string };
type Place = (indent: number, column: number, tail: number) => string;

/**
 * A dict literal of response headers, laid out as black would (`headers = {"Location": "/items/1"}`);
 * `firstName` and `firstValue`, when given, are put first (Flask's `application/problem+json` Content-Type).
 */
function headerDict(headers: Header[], firstName?: string, firstValue?: string): Place {
  const entries: [string, JsonValue][] = headers.map((h) => [h.name, h.value]);
  if (typeof firstName === "string" && typeof firstValue === "string") entries.unshift([firstName, firstValue]);
  return (indent, column, tail) => pyLiteral(new Map(entries), indent, column, tail);
}

/**
 * A header value assigned to a subscript (`response.headers["X-Id"] = "..."`): black wraps a value too
 * long for the line in parentheses, even one still too long on a line of its own, rather than split the
 * subscript (unlike a plain name's assignment, see pyLiteral).
 */
function subscriptValue(value: string): Place {
  const text = pyString(value);
  return (indent, column, tail) =>
    column + blackWidth(text) + tail <= BLACK.width ? text : `(\n${" ".repeat(indent + BLACK.indentUnit.length)}${text}\n${" ".repeat(indent)})`;
}

/** The items joined by `separator` (parameter lists). */
const join = (items: string[] | null, separator: string) => (items ?? []).join(separator);

/** "yes" (true for Handlebars' #if) or "": the answer of a helper the templates test with #if (the helper functions return text). */
export const yes = (b: unknown) => (b ? "yes" : "");

/** True when an object anywhere in the value has a key starting with `prefix`. */
export function hasKeyPrefix(value: JsonValue, prefix: string): boolean {
  const walk = (v: JsonValue): boolean =>
    v !== null && typeof v === "object" && (Array.isArray(v) ? v.some(walk) : [...v].some(([k, inner]) => k.startsWith(prefix) || walk(inner)));
  return walk(value);
}

/** "yes" when a key anywhere in the body starts with `prefix`. */
const hasKeyStarting = (value: JsonValue, prefix: string) => yes(hasKeyPrefix(value, prefix));

/** Characters urllib.parse.quote() never escapes, before its `safe` argument adds more. */
const ALWAYS_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";
export const quoteKeeps = (url: string, safe: string) => [...url].every((c) => ALWAYS_SAFE.includes(c) || safe.includes(c));

/**
 * "yes" when Django's HttpResponseRedirect / HttpResponsePermanentRedirect (5.2) send `url` as the Location
 * unchanged and accept it: they pass it through iri_to_uri (urllib's quote with safe="/#%[]=:;$&()+,!?*@'~")
 * and refuse a scheme other than http, https and ftp (urlsplit's scheme: letters, digits, "+", "-" and "."
 * before the first ":") and a URL over 16,384 characters. A "[" or "]" is left to the plain response too,
 * because urlsplit raises on a bracketed host it cannot read.
 */
function djangoRedirectKeeps(url: string | null): string {
  if (url === null || url.length > 16384 || /[[\]]/.test(url) || !quoteKeeps(url, "/#%[]=:;$&()+,!?*@'~")) return "";
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  return yes(scheme === undefined || ["http", "https", "ftp"].includes(scheme));
}

/**
 * "yes" when Starlette's RedirectResponse (FastAPI) sends `url` as the Location unchanged: it passes the URL
 * through urllib's quote with safe=":/%#?=@[]!$&'()*+,;".
 */
const starletteRedirectKeeps = (url: string | null) => yes(url !== null && quoteKeeps(url, ":/%#?=@[]!$&'()*+,;"));

const named = (h: Header, name: string) => h.name.toLowerCase() === name.toLowerCase();

/** "yes" when a header named `name` (any case) is in the list. */
const hasHeader = (headers: Header[], name: string) => yes(headers.some((h) => named(h, name)));

/** "yes" when the list has a header not named `except` (any case; "" leaves out none). */
const hasHeaderBesides = (headers: Header[], except: string) => yes(headers.some((h) => !named(h, except)));

/** headerDict of the headers not named `except` (any case; "" leaves out none). */
const headerDictExcept = (headers: Header[], except: string) => headerDict(headers.filter((h) => !named(h, except)));

/** headerDict of the headers named `name` (any case). */
const headerDictOf = (headers: Header[], name: string) => headerDict(headers.filter((h) => named(h, name)));

export const python: LanguageModule = {
  fence: "python",
  extension: ".py",
  prettier: null,
  string: pyString,
  literal: pyLiteral,
  jsonText: pyString,
  wrap: (code, indent, column, tail) => {
    // A def line's closing ":", and a return annotation before it (`) -> Response:`), stay after the
    // parameters' closing bracket, as black leaves them.
    const line = code.trim();
    const suffix = /\)((?: -> [^()]+)?:)$/.exec(line)?.[1] ?? "";
    const { prefix, value } = parseLine(line.slice(0, line.length - suffix.length));
    return prefix + layout(value, BLACK, " ".repeat(indent), column + prefix.length, tail + suffix.length) + suffix;
  },
  templateHelpers: {
    headerDict,
    subscriptValue,
    join,
    hasKeyStarting,
    djangoRedirectKeeps,
    starletteRedirectKeeps,
    hasHeader,
    hasHeaderBesides,
    headerDictExcept,
    headerDictOf,
  },
};

export default python;
