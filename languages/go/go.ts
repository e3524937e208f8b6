import { compactJson, type JsonValue } from "../../src/json/ordered-json.js";
import { C_ESCAPES, hex, isInvisible, quoted } from "../escape.js";
import type { LanguageModule } from "../types.js";

const ESCAPES = { ...C_ESCAPES, "\u0007": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v" };

/** An interpreted Go string literal, escaped as strconv.Quote would (UTF-8 kept, invisibles escaped). */
export function goString(s: string): string {
  return quoted(s, '"', ESCAPES, (_ch, cp) => (cp < 0x80 ? "\\x" + hex(cp, 2) : cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8)));
}

/** JSON text reads best as a raw string; Go raw strings cannot hold a backquote or a carriage return. */
function goJsonText(json: string): string {
  return /[`\r]/.test(json) || [...json].some(isInvisible) ? goString(json) : "`" + json + "`";
}

// ---------------------------------------------------------------------------------------------------
// A JSON body as Go data: a struct with json tags (a map would sort the keys; struct fields keep their
// order), written laid out exactly as gofmt prints it, since no formatter runs on Go at generation time.

/** Go code standing for a value computed at run time (a problem's `instance` is `r.URL.Path`). */
export class GoCode {
  constructor(
    readonly code: string,
    readonly type: Scalar,
  ) {}
}

type Value = JsonValue | GoCode | Value[] | Map<string, Value>;
type Scalar = "string" | "bool" | "int" | "int64" | "float64";

/** The Go type a value gets; "bottom" (no element seen yet) and "null" only while element types are joined. */
type GoType = { kind: "bottom" | "null" | "any" | "raw" } | { kind: "scalar"; name: Scalar } | { kind: "slice"; elem: GoType } | StructType;

interface StructType {
  kind: "struct";
  fields: { key: string; name: string; type: GoType }[];
  /** Where the type's name comes from (its key); the name itself is given when the type is first written. */
  hint: string;
  name?: string;
}

const KEYWORDS =
  "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var";
const PREDECLARED =
  "any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr true false iota nil append cap clear close complex copy delete imag len make max min new panic print println real recover";
/** Names a local type must not take: Go's own, and those the handler uses (its parameters, variables, packages). */
const TAKEN = new Set(`${KEYWORDS} ${PREDECLARED} w r body problem json http log os endpoint main mux port`.split(" "));

/** golint's initialisms, written in one case in Go names (ID, URL). */
const INITIALISMS = new Set(
  "ACL API ASCII CPU CSS DNS EOF GUID HTML HTTP HTTPS ID IP JSON LHS QPS RAM RHS RPC SLA SMTP SQL SSH TCP TLS TTL UDP UI UID UUID URI URL UTF8 VM XML XMPP XSRF XSS".split(
    " ",
  ),
);

/** The words of a key, ASCII letters and digits only: created_at → created, at; taskID → task, ID. */
const wordsOf = (key: string) => key.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? [];
const titleWord = (w: string) => (INITIALISMS.has(w.toUpperCase()) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());

/** An exported field name for a key (json only sees exported fields): task_id → TaskID, "10" → Field10. */
function fieldNameOf(key: string): string {
  const name = wordsOf(key).map(titleWord).join("");
  return /^[A-Z]/.test(name) ? name : "Field" + name;
}

/** A local type name for a key: created_at → createdAt; reserved words get a suffix, keys without letters become "object". */
function typeNameOf(key: string): string {
  const words = wordsOf(key);
  const name = words.length ? words[0]!.toLowerCase() + words.slice(1).map(titleWord).join("") : "";
  if (!/^[a-z]/.test(name)) return "object";
  return TAKEN.has(name) ? name + "Object" : name;
}

/** The type name for the elements of a list under a key: responses → response, entries → entry, list → listItem. */
function elementNameOf(name: string): string {
  if (/[^aeiou]ies$/.test(name)) return name.slice(0, -3) + "y";
  if (/[^sui]s$/.test(name) && name.length > 3) return name.slice(0, -1);
  return name + "Item";
}

/** The name hint of a list's element: a list inside a list keeps the outer list's hint (its objects are its items). */
const elementHintOf = (element: Value, listHint: string) => (Array.isArray(element) ? listHint : elementNameOf(listHint));

/**
 * Whether encoding/json takes a key as a struct tag's name (its isValidTag): letters, digits and
 * !#$%&()*+-./:;<=>?@[]^_{|}~ and space. Another key (quotes, backslash, comma, "", emoji) would make json
 * fall back to the Go field name. Letters outside ASCII count only in scripts Go's Unicode tables (15.0)
 * and this Node's agree on for certain (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, CJK, kana, Hangul).
 */
export function isTagName(key: string): boolean {
  if (key === "") return false;
  for (const ch of key) {
    if (/^[A-Za-z0-9!#$%&()*+\-./:;<=>?@[\]^_{|}~ ]$/.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    const stableScript = (cp >= 0xc0 && cp <= 0x6ff) || (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3);
    if (!stableScript || !/^[\p{L}\p{Nd}]$/u.test(ch)) return false;
  }
  return true;
}

/** The struct tag for a key; `json:"-"` would mean "skip this field", `json:"-,"` names the key "-". */
const tagOf = (key: string) => "`json:" + JSON.stringify(key === "-" ? "-," : key) + "`";

const INT32 = 2 ** 31;
const numberType = (n: number): Scalar => (Number.isSafeInteger(n) ? (n >= -INT32 && n < INT32 ? "int" : "int64") : "float64");
const NUMERIC: Scalar[] = ["int", "int64", "float64"];

function typeOf(value: Value, hint: string): GoType {
  if (value instanceof GoCode) return { kind: "scalar", name: value.type };
  if (value === null) return { kind: "null" };
  if (typeof value === "string") return { kind: "scalar", name: "string" };
  if (typeof value === "boolean") return { kind: "scalar", name: "bool" };
  if (typeof value === "number") return { kind: "scalar", name: numberType(value) };
  if (Array.isArray(value)) {
    return { kind: "slice", elem: value.reduce<GoType>((t, v) => join(t, typeOf(v, elementHintOf(v, hint))), { kind: "bottom" }) };
  }
  if (![...value.keys()].every(isTagName)) return { kind: "raw" };
  const names = new Set<string>();
  const fields = [...value].map(([key, v]) => {
    let name = fieldNameOf(key);
    for (let n = 2; names.has(name); n++) name = fieldNameOf(key) + n;
    names.add(name);
    return { key, name, type: typeOf(v, typeNameOf(key)) };
  });
  return { kind: "struct", fields, hint };
}

/** The one Go type two values can share (list elements): numbers widen, objects with the same keys merge, else any. */
function join(a: GoType, b: GoType): GoType {
  if (a.kind === "bottom") return b;
  if (b.kind === "bottom") return a;
  if (a.kind === "scalar" && b.kind === "scalar") {
    if (a.name === b.name) return a;
    if (NUMERIC.includes(a.name) && NUMERIC.includes(b.name)) return NUMERIC.indexOf(a.name) > NUMERIC.indexOf(b.name) ? a : b;
  }
  if ((a.kind === "null" && b.kind === "null") || (a.kind === "raw" && b.kind === "raw")) return a;
  if (a.kind === "slice" && b.kind === "slice") return { kind: "slice", elem: join(a.elem, b.elem) };
  if (a.kind === "struct" && b.kind === "struct" && a.fields.length === b.fields.length && a.fields.every((f, i) => f.key === b.fields[i]!.key))
    return { ...a, fields: a.fields.map((f, i) => ({ ...f, type: join(f.type, b.fields[i]!.type) })) };
  return { kind: "any" };
}

/** A null, or a list with no elements, holds any value. */
function settle(t: GoType): GoType {
  if (t.kind === "bottom" || t.kind === "null") return { kind: "any" };
  if (t.kind === "slice") return { kind: "slice", elem: settle(t.elem) };
  if (t.kind === "struct") return { ...t, fields: t.fields.map((f) => ({ ...f, type: settle(f.type) })) };
  return t;
}

/** A value's code: its lines, the first continuing the line it starts on, the others indented relative to it. */
type Lines = string[];

const LAYOUT = {
  /** gofmt aligns the values of consecutive single-line keyed elements unless their key lengths differ much (go/printer exprList). */
  smallKey: 40,
  ratio: 2.5,
  /** An entry gofmt measures as too long to align, in bytes (go/printer's "infinity"). */
  infinity: 1e6,
  /** Lists of scalars stay on one line up to this length (a choice; gofmt keeps either). */
  inline: 80,
};

/** Writes the declarations and the statement that make a body; local types are named as they are first written. */
class BodyWriter {
  readonly declarations: Lines[] = [];
  usesRaw = false;
  private readonly names = new Set<string>();

  private nameFor(t: StructType): string {
    if (t.name) return t.name;
    let name = t.hint;
    for (let n = 2; this.names.has(name); n++) name = t.hint + n;
    this.names.add(name);
    t.name = name;
    // Declared after the types of its fields, which a local type must follow.
    const fields = this.structFields(t);
    this.declarations.push([`type ${name} struct {`, ...fields, "}"]);
    return name;
  }

  /** The field lines of a struct type: names, types and tags in columns, as gofmt aligns them. */
  structFields(t: StructType): Lines {
    const types = t.fields.map((f) => this.typeText(f.type));
    const nameWidth = Math.max(...t.fields.map((f) => f.name.length)) + 1;
    const typeWidth = Math.max(...types.map((s) => s.length)) + 1;
    return t.fields.map((f, i) => "\t" + f.name.padEnd(nameWidth) + types[i]!.padEnd(typeWidth) + tagOf(f.key));
  }

  typeText(t: GoType): string {
    switch (t.kind) {
      case "scalar":
        return t.name;
      case "raw":
        this.usesRaw = true;
        return "json.RawMessage";
      case "slice":
        return "[]" + this.typeText(t.elem);
      case "struct":
        return t.fields.length ? this.nameFor(t) : "struct{}";
      default:
        return "any";
    }
  }

  /**
   * A value of a known type; `elide` drops the type of a composite element of a list (Go allows `{...}`
   * there); `hint` names the types of objects held in an `any` place.
   */
  value(v: Value, t: GoType, elide: boolean, inList: boolean, hint: string): Lines {
    if (v instanceof GoCode) return [v.code];
    switch (t.kind) {
      case "scalar":
        return [scalarText(v as string | number | boolean, t.name, false)];
      case "raw":
        this.usesRaw = true;
        return [`json.RawMessage(${goJsonText(compactJson(v as JsonValue))})`];
      case "slice":
        return this.list(v as Value[], t, elide, hint);
      case "struct":
        return this.struct(v as Map<string, Value>, t, elide ? "" : this.typeText(t), inList);
      default:
        return this.anyValue(v, hint);
    }
  }

  /** A value in an `any` (interface) place: it carries its own type, and numbers must not overflow int. */
  anyValue(v: Value, hint: string): Lines {
    if (v === null) return ["nil"];
    if (v instanceof GoCode) return [v.code];
    if (typeof v === "number") return [scalarText(v, numberType(v), true)];
    if (typeof v !== "object") return [scalarText(v, "string", true)];
    return this.value(v, settle(typeOf(v, hint)), false, true, hint);
  }

  private list(items: Value[], t: { kind: "slice"; elem: GoType }, elide: boolean, hint: string): Lines {
    const open = (elide ? "" : this.typeText(t)) + "{";
    const composite = t.elem.kind === "struct" || t.elem.kind === "slice";
    const elements = items.map((v) => this.value(v, t.elem, composite, true, elementHintOf(v, hint)));
    const holdsStruct = (v: Value): boolean => (v instanceof Map ? v.size > 0 : Array.isArray(v) && v.some(holdsStruct));
    const oneLine = open + elements.map((e) => e[0]).join(", ") + "}";
    if (elements.every((e) => e.length === 1) && !items.some(holdsStruct) && oneLine.length <= LAYOUT.inline) return [oneLine];
    return [open, ...elements.flatMap((e) => indented(withComma(e))), "}"];
  }

  private struct(v: Map<string, Value>, t: StructType, type: string, inList: boolean): Lines {
    if (!t.fields.length) return [type + "{}"];
    const entries = t.fields.map((f) => ({ key: f.name, lines: this.value(v.get(f.key)!, f.type, false, false, typeNameOf(f.key)) }));
    if (inList && entries.every((e) => e.lines.length === 1)) {
      const oneLine = `${type}{${entries.map((e) => `${e.key}: ${e.lines[0]}`).join(", ")}}`;
      if (oneLine.length <= LAYOUT.inline) return [oneLine];
    }
    const fitsOneLine = (e: { key: string; lines: Lines }) => e.lines.length === 1 && Buffer.byteLength(`${e.key}: ${e.lines[0]}`) <= LAYOUT.infinity;
    const { pads, blankBefore } = alignment(entries.map((e) => (fitsOneLine(e) ? e.key.length : 0)));
    const lines = entries.flatMap((e, i) => {
      const [first, ...rest] = withComma(e.lines);
      return [...(blankBefore.has(i) ? [""] : []), ...indented([`${e.key}:${" ".repeat(pads[i]!)}${first}`, ...rest])];
    });
    return [type + "{", ...lines, "}"];
  }
}

function scalarText(v: string | number | boolean, type: Scalar, untyped: boolean): string {
  if (typeof v === "string") return goString(v);
  if (typeof v === "boolean") return String(v);
  // JavaScript's shortest round-trip text of the double (1e+21, -3e-7, 0.1) is a Go constant of the same value.
  const text = String(v);
  if (!untyped) return text;
  // An untyped constant in an interface becomes an int: a large or integer-valued float says its type.
  if (type === "int64") return `int64(${text})`;
  if (type === "float64" && !/[.e]/.test(text)) return `float64(${text})`;
  return text;
}

/** One level deeper; a blank line stays empty (gofmt leaves no trailing tabs). */
const indented = (lines: Lines) => lines.map((l) => (l ? "\t" + l : l));
const withComma = (lines: Lines) => [...lines.slice(0, -1), lines.at(-1) + ","];

/**
 * The spaces after each `Key:` of a keyed literal, as gofmt writes them (go/printer exprList): consecutive
 * single-line entries form a column unless a key is longer than 40 bytes and its length differs from the
 * geometric mean of the keys before it in the column by a factor of 2.5 or more; a multi-line entry ends
 * the column. `sizes` are the key lengths of single-line entries, 0 for the others.
 *
 * go/printer takes that mean with math.Exp and math.Log, whose last bit differs between Go's assembly
 * (amd64 with or without FMA, arm64) and this JavaScript: where the factor is 2.5 within rounding (keys of
 * 38 and 95 bytes), no layout is gofmt's everywhere, so the entry starts a column after a blank line
 * (`blankBefore`), which ends a column on every platform.
 */
function alignment(sizes: number[]): { pads: number[]; blankBefore: Set<number> } {
  const blocks: number[][] = [];
  const blankBefore = new Set<number>();
  let lnsum = 0;
  let count = 0;
  sizes.forEach((size, i) => {
    const prevSize = i > 0 ? sizes[i - 1]! : 0;
    let breaks = true;
    if (prevSize > 0 && size > 0) {
      if (count === 0 || (prevSize <= LAYOUT.smallKey && size <= LAYOUT.smallKey)) breaks = false;
      else {
        const ratio = size / Math.exp(lnsum / count);
        breaks = LAYOUT.ratio * ratio <= 1 || LAYOUT.ratio <= ratio;
        if (Math.abs(LAYOUT.ratio * ratio - 1) < 1e-9 || Math.abs(ratio / LAYOUT.ratio - 1) < 1e-9) {
          breaks = true;
          blankBefore.add(i);
        }
      }
    }
    if (i === 0 || breaks) {
      // A new column: the mean starts over with it.
      blocks.push([]);
      lnsum = 0;
      count = 0;
    }
    blocks.at(-1)!.push(i);
    if (size > 0) {
      lnsum += Math.log(size);
      count++;
    }
  });
  const pads: number[] = [];
  for (const block of blocks) {
    const width = Math.max(...block.map((i) => sizes[i]!)) + 1;
    for (const i of block) pads[i] = sizes[i]! > 0 ? width - sizes[i]! : 1;
  }
  return { pads, blankBefore };
}

const RAW_NOTE = '// Objects whose keys a json struct tag cannot name (such as "" or a quote) stay JSON text: json.RawMessage.';

/**
 * The Go statements that build `value` into a variable `name` with the body's exact JSON: local struct
 * types with json tags (declared before use), then `name := ...`. Objects whose keys cannot be tag names
 * are json.RawMessage with the JSON text, and a comment says so.
 */
export function bodyStatements(name: string, value: Value): Lines {
  const writer = new BodyWriter();
  let statement: Lines;
  if (value === null) statement = [`var ${name} any`];
  else {
    // A list at the top is a list of items; an object at the top has a struct type of its own, written in place.
    const type = settle(typeOf(value, "items"));
    if (type.kind === "struct" && type.fields.length) {
      const [open, ...rest] = writer.value(value, type, true, false, "items");
      statement = [`${name} := struct {`, ...writer.structFields(type), "}" + open, ...rest];
    } else {
      const [first, ...rest] = type.kind === "slice" ? writer.value(value, type, false, false, "items") : writer.anyValue(value, "items");
      statement = [`${name} := ${first}`, ...rest];
    }
  }
  return [...(writer.usesRaw ? [RAW_NOTE] : []), ...writer.declarations.flat(), ...statement];
}

/** Lays lines out at the template's indentation (tabs). */
const place = (lines: Lines) => (indent: number) => lines.map((l, i) => (i && l ? "\t".repeat(indent) + l : l)).join("\n");

/** Template helper: the statements that declare `body` (see bodyStatements). */
function goBody(name: string, value: JsonValue): (indent: number) => string {
  return place(bodyStatements(name, value));
}

/**
 * Template helper: an RFC 9457 problem as a struct whose `instance` is the request's path at run time
 * (`r.URL.Path`) and whose `status` is the status the handler writes (its http constant).
 */
function goProblem(name: string, problem: { type: string; title: string; status: number }, status: string): (indent: number) => string {
  const members = new Map<string, Value>([
    ["type", problem.type],
    ["title", problem.title],
    ["status", new GoCode(status, "int")],
    ["instance", new GoCode("r.URL.Path", "string")],
  ]);
  return place(bodyStatements(name, members));
}

export const go: LanguageModule = {
  fence: "go",
  extension: ".go",
  prettier: null,
  string: goString,
  literal: (value: JsonValue) => (typeof value === "string" ? goString(value) : goJsonText(compactJson(value))),
  jsonText: goJsonText,
  templateHelpers: { goBody, goProblem },
};

export default go;
