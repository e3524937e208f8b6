/**
 * JSON as snipgen carries it. Objects are Maps so key order survives exactly as written
 * (a plain JavaScript object would move integer-like keys such as "2" to the front).
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export type JsonObject = Map<string, JsonValue>;

/** JSON as stored in data files (plain objects; no integer-like keys there). */
export type PlainJson = null | boolean | number | string | PlainJson[] | { [key: string]: PlainJson };

/** Deeper nesting than some target languages parse (Python's parser stops near 200 levels). */
export const MAX_DEPTH = 64;
export const TOO_DEEP = `nested deeper than ${MAX_DEPTH} levels, more than some target languages can parse`;

/** Converts data-file JSON (plain objects) into snipgen's ordered form. */
export function fromPlain(value: PlainJson): JsonValue {
  if (Array.isArray(value)) return value.map(fromPlain);
  if (value !== null && typeof value === "object") return new Map(Object.entries(value).map(([k, v]) => [k, fromPlain(v)]));
  return value;
}

// Invisible characters JSON.stringify leaves raw; written as \u escapes the text is the same value and safe in any literal.
const INVISIBLE_IN_JSON = /[\u007f-\u009f\u00ad\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

function jsonString(s: string): string {
  return JSON.stringify(s).replace(INVISIBLE_IN_JSON, (ch) => "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0"));
}

/** Compact JSON text, keys in their order, every invisible character escaped. */
export function compactJson(value: JsonValue): string {
  if (typeof value === "string") return jsonString(value);
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(compactJson).join(",")}]`;
  return `{${[...value].map(([k, v]) => `${jsonString(k)}:${compactJson(v)}`).join(",")}}`;
}

/** Byte length of text as UTF-8 (what Content-Length counts). */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Sign, significant digits and exponent of a decimal number text, for exact comparison. */
function decimalParts(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text)!;
  const digits = (m[2]! + (m[3] ?? "")).replace(/^0+/, "");
  if (digits === "") return "0";
  const exponent = BigInt(m[4] ?? "0") - BigInt((m[3] ?? "").length) + BigInt(digits.length - digits.replace(/0+$/, "").length);
  return `${m[1]}${digits.replace(/0+$/, "")}e${exponent}`;
}

/** Whether two decimal texts denote the same number exactly ("1.0" and "1e0" do; "0.30000000000000001" and "0.3" do not). */
export function sameDecimal(a: string, b: string): boolean {
  return decimalParts(a) === decimalParts(b);
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/**
 * Parses JSON text keeping key order. Errors carry line and column; numbers that a double cannot hold
 * exactly (integers beyond 2^53, overflow to infinity) are errors too, since the snippet would print a
 * different number than the one given.
 */
export function parseJson(text: string): JsonValue {
  let i = 0;
  const fail = (what: string): never => {
    const before = text.slice(0, i).split("\n");
    throw new JsonSyntaxError(what, before.length, before.at(-1)!.length + 1);
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const string = (): string => {
    const m = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(text.slice(i));
    if (!m) {
      // Point at the offending character inside the string.
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j]! >= " ") j += text[j] === "\\" ? 2 : 1;
      i = j;
      return fail(
        j >= text.length
          ? "invalid JSON, unterminated string"
          : text[j] === '"'
            ? "invalid JSON, invalid escape in string"
            : "invalid JSON, control character in string (escape it)",
      );
    }
    i += m[0].length;
    return JSON.parse(m[0]) as string;
  };
  const value = (depth: number): JsonValue => {
    ws();
    const ch = text[i];
    if (ch === undefined) return fail("invalid JSON, unexpected end of input");
    // Checked while parsing, so even absurd nesting is an error, not a stack overflow.
    if (depth > MAX_DEPTH) return fail(TOO_DEEP);
    if (ch === "{") {
      i++;
      const obj: JsonObject = new Map();
      ws();
      if (text[i] === "}") return (i++, obj);
      for (;;) {
        ws();
        if (text[i] !== '"') fail("invalid JSON, expected a property name in double quotes");
        const key = string();
        ws();
        if (text[i] !== ":") fail("invalid JSON, expected ':' after the property name");
        i++;
        obj.set(key, value(depth + 1));
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return (i++, obj);
        else fail("invalid JSON, expected ',' or '}'");
      }
    }
    if (ch === "[") {
      i++;
      const arr: JsonValue[] = [];
      ws();
      if (text[i] === "]") return (i++, arr);
      for (;;) {
        arr.push(value(depth + 1));
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return (i++, arr);
        else fail("invalid JSON, expected ',' or ']'");
      }
    }
    if (ch === '"') return string();
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!m) return fail(`invalid JSON, unexpected character ${JSON.stringify(ch)}`);
    const parsed = JSON.parse(m[0]) as JsonValue;
    if (typeof parsed === "number" && (!Number.isFinite(parsed) || !sameDecimal(m[0], JSON.stringify(parsed)))) {
      fail(`the number ${m[0]} cannot be kept exactly (a double would print it as ${JSON.stringify(parsed)}); write it as a string`);
    }
    i += m[0].length;
    return parsed;
  };
  const result = value(0);
  ws();
  if (i < text.length) fail("invalid JSON, unexpected text after the JSON value");
  return result;
}
