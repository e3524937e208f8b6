/**
 * A JSON body as Java data that Jackson (Spring's JSON writer) serializes in the body's own key order:
 * objects become records, whose components Jackson writes in declaration order, with @JsonProperty where
 * the key is not the component's name; an object a record cannot stand for (an empty key, which
 * @JsonProperty("") would read as "use the default name", or no key at all) becomes a LinkedHashMap built
 * before the return statement. Never Map.of() with entries: its iteration order changes from one JVM run
 * to the next. Lists are List.of(...), or Arrays.asList(...) where they hold a null (List.of rejects it).
 * The text is not laid out: prettier-plugin-java formats Java snippets.
 */
import type { JsonValue } from "../../src/json/ordered-json.js";
import { javaString } from "./string.js";

type Scalar = "String" | "boolean" | "int" | "long" | "double";

/** The Java type a value gets; "bottom" (no element seen yet) and "null" only while element types are joined. */
type JavaType =
  | { kind: "bottom" | "null" | "object" | "map" | "number" }
  | { kind: "scalar"; name: Scalar; nullable: boolean }
  | { kind: "list"; elem: JavaType }
  | RecordType;

interface RecordType {
  kind: "record";
  fields: { key: string; name: string; type: JavaType }[];
  /** Where the record's name comes from; the name itself is given when the record is first written. */
  hint: string;
  name?: string;
}

/** Keywords, literals and the names the JLS forbids for record components (8.10.1), plus restricted identifiers. */
const RESERVED_NAMES = new Set(
  (
    "abstract assert boolean break byte case catch char class const continue default do double else enum extends final finally float for " +
    "goto if implements import instanceof int interface long native new package private protected public return short static strictfp super " +
    "switch synchronized this throw throws transient try void volatile while true false null _ var yield record sealed permits exports module " +
    "clone finalize getClass hashCode notify notifyAll toString wait"
  ).split(" "),
);

/** Type names a nested record must not shadow: java.lang's, and those the Spring snippets use. */
const TAKEN_TYPES = new Set(
  (
    "Object String Integer Long Double Float Short Byte Character Boolean Number Void Math System Record Enum Class Override Deprecated " +
    "Exception Error RuntimeException Thread Runtime Iterable Comparable Process Module Package StringBuilder " +
    "List Map LinkedHashMap Arrays URI ResponseEntity HttpStatus HttpHeaders MediaType ProblemDetail JsonProperty Application MyController " +
    "SpringApplication SpringBootApplication RestController GetMapping PostMapping PutMapping PatchMapping DeleteMapping RequestMapping " +
    "RequestMethod PathVariable"
  ).split(" "),
);

/** The words of a key, ASCII letters and digits only: task_id → task, id; createdAt → created, At; "I'm" → Im. */
const wordsOf = (key: string) => key.replace(/'/g, "").match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? [];
const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** A Java identifier for a name (a key, a path parameter): lower camel case, never a keyword (classValue). */
export function javaName(key: string, fallback = "field"): string {
  const words = wordsOf(key);
  let name = words.length ? words[0]!.toLowerCase() + words.slice(1).map(title).join("") : fallback;
  // A name the key spells exactly is kept as it is (aB, isActive): Jackson takes a component's name as written.
  if (/^[a-z][A-Za-z0-9]*$/.test(key) && words.join("") === key) name = key;
  if (/^[0-9]/.test(name)) name = fallback + name;
  return RESERVED_NAMES.has(name) ? name + "Value" : name;
}

/** A record's name for a key: data → Data, created_at → CreatedAt; one java.lang or the snippet uses gets a suffix. */
function typeNameOf(hint: string): string {
  let name = wordsOf(hint).map(title).join("") || "Item";
  if (/^[0-9]/.test(name)) name = "Item" + name;
  return TAKEN_TYPES.has(name) ? name + "Value" : name;
}

/** The name of a list's elements: responses → Response, entries → Entry, else ...Item; a list in a list keeps its list's name. */
function elementHintOf(element: JsonValue, hint: string): string {
  if (Array.isArray(element)) return hint;
  if (/[^aeiou]ies$/.test(hint)) return hint.slice(0, -3) + "y";
  if (/[^sui]s$/.test(hint) && hint.length > 3) return hint.slice(0, -1);
  return hint + " item";
}

const INT32 = 2 ** 31;
const LONG = 2 ** 63;
function numberType(n: number): Scalar {
  if (Number.isInteger(n) && n >= -INT32 && n < INT32) return "int";
  return Number.isInteger(n) && n >= -LONG && n < LONG ? "long" : "double";
}
const NUMERIC: Scalar[] = ["int", "long", "double"];

const isObject = (v: JsonValue): v is Map<string, JsonValue> => v instanceof Map;
/** An object a record cannot stand for: no key at all, or an empty key. */
const needsMap = (v: Map<string, JsonValue>) => v.size === 0 || v.has("");

function typeOf(value: JsonValue, hint: string): JavaType {
  if (value === null) return { kind: "null" };
  if (typeof value === "string") return { kind: "scalar", name: "String", nullable: false };
  if (typeof value === "boolean") return { kind: "scalar", name: "boolean", nullable: false };
  if (typeof value === "number") return { kind: "scalar", name: numberType(value), nullable: false };
  if (Array.isArray(value)) {
    return { kind: "list", elem: value.reduce<JavaType>((t, v) => join(t, typeOf(v, elementHintOf(v, hint))), { kind: "bottom" }) };
  }
  if (needsMap(value)) return { kind: "map" };
  const names = new Set<string>();
  const fields = [...value].map(([key, v]) => {
    let name = javaName(key);
    for (let n = 2; names.has(name); n++) name = javaName(key) + n;
    names.add(name);
    return { key, name, type: typeOf(v, key) };
  });
  return { kind: "record", fields, hint };
}

/** The one Java type two values can share (list elements, one component of several records). */
function join(a: JavaType, b: JavaType): JavaType {
  if (a.kind === "bottom") return b;
  if (b.kind === "bottom") return a;
  if (a.kind === "null" && b.kind === "null") return a;
  if (a.kind === "null" || b.kind === "null") {
    const other = a.kind === "null" ? b : a;
    return other.kind === "scalar" ? { ...other, nullable: true } : other;
  }
  const numeric = (t: JavaType) => t.kind === "number" || (t.kind === "scalar" && NUMERIC.includes(t.name));
  if (a.kind === "scalar" && b.kind === "scalar" && a.name === b.name) return { ...a, nullable: a.nullable || b.nullable };
  if (a.kind === "scalar" && b.kind === "scalar" && numeric(a) && numeric(b) && a.name !== "double" && b.name !== "double")
    return { kind: "scalar", name: "long", nullable: a.nullable || b.nullable };
  // Integers and fractions together: Number holds both, and Jackson writes each as it is (1 stays 1, not 1.0).
  if (numeric(a) && numeric(b)) return { kind: "number" };
  if (a.kind === "list" && b.kind === "list") return { kind: "list", elem: join(a.elem, b.elem) };
  if (a.kind === "map" && b.kind === "map") return a;
  if (a.kind === "record" && b.kind === "record" && a.fields.length === b.fields.length && a.fields.every((f, i) => f.key === b.fields[i]!.key))
    return { ...a, fields: a.fields.map((f, i) => ({ ...f, type: join(f.type, b.fields[i]!.type) })) };
  return { kind: "object" };
}

const BOXED: Record<Scalar, string> = { String: "String", boolean: "Boolean", int: "Integer", long: "Long", double: "Double" };

/** Writes the records, the map-building statements and the expression of one body. */
class BodyWriter {
  readonly records: string[] = [];
  readonly statements: string[][] = [];
  readonly uses = new Set<"JsonProperty" | "Arrays" | "Collections" | "LinkedHashMap" | "List" | "Map">();
  private readonly typeNames = new Set<string>();
  private readonly variables: Set<string>;

  constructor(taken: string[]) {
    this.variables = new Set(taken);
  }

  /** A type as a component's or a variable's type (primitive where it can), or boxed as a type argument. */
  typeText(t: JavaType, boxed: boolean): string {
    switch (t.kind) {
      case "scalar":
        return boxed || t.nullable ? BOXED[t.name] : t.name;
      case "number":
        return "Number";
      case "list":
        this.uses.add("List");
        return `List<${this.typeText(t.elem, true)}>`;
      case "map":
        this.uses.add("Map");
        return "Map<String, Object>";
      case "record":
        return this.recordName(t);
      default:
        return "Object";
    }
  }

  private recordName(t: RecordType): string {
    if (t.name) return t.name;
    const base = typeNameOf(t.hint);
    let name = base;
    for (let n = 2; this.typeNames.has(name); n++) name = base + n;
    this.typeNames.add(name);
    t.name = name;
    const slot = this.records.push("") - 1;
    const components = t.fields.map((f) => {
      if (f.name !== f.key) this.uses.add("JsonProperty");
      const annotation = f.name === f.key ? "" : `@JsonProperty(${javaString(f.key)}) `;
      return `${annotation}${this.typeText(f.type, false)} ${f.name}`;
    });
    this.records[slot] = `record ${name}(${components.join(", ")}) {}`;
    return name;
  }

  private variableFor(hint: string): string {
    const base = javaName(hint, "map");
    let name = base;
    for (let n = 2; this.variables.has(name); n++) name = base + n;
    this.variables.add(name);
    return name;
  }

  /** The expression for a value of the given type (a value of type Object is written as its own type). */
  value(v: JsonValue, t: JavaType, hint: string): string {
    if (v === null) return "null";
    if (typeof v === "string") return javaString(v);
    if (typeof v === "boolean") return String(v);
    if (typeof v === "number") return numberLiteral(v, t.kind === "scalar" ? t.name : numberType(v));
    if (t.kind !== "list" && t.kind !== "record" && t.kind !== "map") return this.value(v, typeOf(v, hint), hint);
    if (Array.isArray(v)) {
      const elem = t.kind === "list" ? t.elem : { kind: "object" as const };
      const items = v.map((x) => this.value(x, elem, elementHintOf(x, hint)));
      if (!v.includes(null)) {
        this.uses.add("List");
        return `List.of(${items.join(", ")})`;
      }
      // Arrays.asList(null) would pass null as the whole varargs array.
      if (v.length === 1) {
        this.uses.add("Collections");
        return "Collections.singletonList(null)";
      }
      this.uses.add("Arrays");
      return `Arrays.asList(${items.join(", ")})`;
    }
    if (t.kind === "record" && !needsMap(v)) {
      const name = this.typeText(t, false);
      return `new ${name}(${t.fields.map((f) => this.value(v.get(f.key)!, f.type, f.key)).join(", ")})`;
    }
    return this.map(v, hint);
  }

  /** A map: Map.of() when empty, else a LinkedHashMap variable filled before the return statement. */
  map(v: Map<string, JsonValue>, hint: string, variable?: string): string {
    this.uses.add("Map");
    if (v.size === 0 && variable === undefined) return "Map.of()";
    // The entries' own maps are built first, so each statement only names variables that exist.
    const entries = [...v].map(([key, x]) => `.put(${javaString(key)}, ${this.value(x, { kind: "object" }, key)});`);
    const name = variable ?? this.variableFor(hint);
    this.uses.add("LinkedHashMap");
    this.statements.push([`Map<String, Object> ${name} = new LinkedHashMap<>();`, ...entries.map((e) => name + e)]);
    return name;
  }
}

function numberLiteral(n: number, as: Scalar): string {
  if (as === "long") return `${n}L`;
  if (as === "double" || numberType(n) === "double") {
    const text = String(n);
    return /[.e]/.test(text) ? text : text + ".0";
  }
  return String(n);
}

/** What a snippet needs to send a body as Java data. */
export interface JavaBody {
  /** The nested record declarations, one per line (empty when there are none). */
  records: string;
  /** Statements that build LinkedHashMaps, before the return statement (empty when there are none). */
  setup: string;
  /** The type of the body's expression, as a type argument (ResponseEntity<...>). */
  type: string;
  /** The body's expression. */
  value: string;
  uses: Set<string>;
}

/**
 * The body as Java data. `name` names the top-level record (words: "Not Found response" → NotFoundResponse),
 * `taken` lists the local names the handler already uses (its parameters), which a map variable must avoid.
 */
export function javaBody(body: JsonValue, name: string, taken: string[] = []): JavaBody {
  const writer = new BodyWriter(["body", "problem", "args", "app", ...taken]);
  let type = typeOf(body, name);
  if (type.kind === "bottom" || type.kind === "null") type = { kind: "object" };
  let value: string;
  if (isObject(body) && type.kind === "map") value = body.size ? writer.map(body, name, "body") : writer.map(body, name);
  else value = writer.value(body, type, name);
  const typeText = writer.typeText(type, true);
  return {
    records: writer.records.join("\n\n"),
    setup: writer.statements.map((lines) => lines.join("\n")).join("\n\n"),
    type: typeText,
    value,
    uses: writer.uses,
  };
}
