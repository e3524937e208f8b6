/**
 * A JSON reader that keeps object key order exactly as written (JSON.parse moves integer-like keys
 * first), so the runtime layer can check that a snippet keeps the body's key order on the wire.
 */
export type Ordered = null | boolean | number | string | Ordered[] | { entries: [string, Ordered][] };

export function parseOrdered(text: string): Ordered {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at offset ${i} in ${JSON.stringify(text.slice(0, 200))}`);
  };
  const value = (): Ordered => {
    ws();
    const ch = text[i];
    if (ch === "{") {
      i++;
      const entries: [string, Ordered][] = [];
      ws();
      if (text[i] === "}") return (i++, { entries });
      for (;;) {
        ws();
        if (text[i] !== '"') fail("expected a key");
        const key = string();
        ws();
        if (text[i++] !== ":") fail("expected ':'");
        entries.push([key, value()]);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return (i++, { entries });
        else fail("expected ',' or '}'");
      }
    }
    if (ch === "[") {
      i++;
      const items: Ordered[] = [];
      ws();
      if (text[i] === "]") return (i++, items);
      for (;;) {
        items.push(value());
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return (i++, items);
        else fail("expected ',' or ']'");
      }
    }
    if (ch === '"') return string();
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!m) return fail("unexpected character");
    i += m[0].length;
    return JSON.parse(m[0]) as Ordered;
  };
  const string = (): string => {
    const m = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(text.slice(i));
    if (!m) return fail("bad string");
    i += m[0].length;
    return JSON.parse(m[0]) as string;
  };
  const result = value();
  ws();
  if (i !== text.length) fail("trailing text");
  return result;
}

/** A canonical text of an ordered value: equal texts mean equal values with equal key order. */
export function canonical(v: Ordered): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  return `{${v.entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(",")}}`;
}

/** The same, with object keys sorted: equal texts mean JSON-equal values. */
export function canonicalUnordered(v: Ordered): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonicalUnordered).join(",")}]`;
  const sorted = [...v.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${sorted.map(([k, x]) => `${JSON.stringify(k)}:${canonicalUnordered(x)}`).join(",")}}`;
}
