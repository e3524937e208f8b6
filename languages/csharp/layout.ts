/**
 * Lays out one line of the C# snipgen writes (a statement, or a call with a lambda) the way an IDE
 * formatter leaves it: nothing is printed formatted by a tool, so long lines are broken here. A line
 * that fits in MAX_WIDTH columns stays as it is; otherwise, outermost first: an expression lambda that
 * is a call's last argument moves to the next line (`app.MapGet("/x", () =>` then the body, 4 deeper);
 * a call puts each argument on a line of its own; an object or array initializer (`new { ... }`,
 * `new JsonObject { ... }`, `new[] { ... }`) puts `{` and `}` on their own lines (Allman style, as
 * Visual Studio formats C#) and each member on a line, with a trailing comma.
 */

export const MAX_WIDTH = 120;
const INDENT = 4;

interface Group {
  open: number;
  close: number;
  /** The top-level items between the brackets, split at commas. */
  items: string[];
}

/** The end of the string literal starting at i (regular, verbatim or raw), as the index after it. */
function skipString(text: string, i: number): number {
  if (text.startsWith('"""', i)) {
    const end = text.indexOf('"""', i + 3);
    let j = end < 0 ? text.length : end + 3;
    while (text[j] === '"') j++;
    return j;
  }
  const verbatim = text[i] === "@" || (text[i] === "$" && text[i + 1] === "@");
  let j = text.indexOf('"', i) + 1;
  while (j < text.length) {
    if (text[j] === "\\" && !verbatim) j += 2;
    else if (text[j] === '"' && verbatim && text[j + 1] === '"') j += 2;
    else if (text[j] === '"') return j + 1;
    else j++;
  }
  return j;
}

const OPEN = "([{";
const CLOSE = ")]}";

/** The first top-level call or initializer group of the text (an index `["key"]` or `new[]` is no place to break), or null. */
function firstGroup(text: string, which = "({"): Group | null {
  let depth = 0;
  let start = -1;
  let itemStart = 0;
  let items: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ((ch === "@" || ch === "$") && text[i + 1] === '"') || (ch === "$" && text[i + 1] === "@")) {
      i = skipString(text, i) - 1;
      continue;
    }
    if (OPEN.includes(ch)) {
      if (depth === 0 && which.includes(ch)) {
        start = i;
        itemStart = i + 1;
        items = [];
      }
      depth++;
    } else if (CLOSE.includes(ch)) {
      depth--;
      if (depth === 0 && start >= 0) {
        items.push(text.slice(itemStart, i).trim());
        return { open: start, close: i, items: items.filter((x, k) => x !== "" || k < items.length - 1) };
      }
    } else if (ch === "," && depth === 1 && start >= 0) {
      items.push(text.slice(itemStart, i).trim());
      itemStart = i + 1;
    }
  }
  return null;
}

/** The index of a top-level `=>` in the text, or -1. */
function lambdaArrow(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ((ch === "@" || ch === "$") && text[i + 1] === '"')) i = skipString(text, i) - 1;
    else if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth--;
    else if (depth === 0 && text.startsWith("=>", i)) return i;
  }
  return -1;
}

const pad = (n: number) => " ".repeat(n);

/**
 * The text laid out: its first line continues at `column` of a line indented by `indent`; `tail` columns
 * of code follow it on its last line.
 */
export function layout(text: string, indent: number, column: number, tail: number): string {
  if (column + text.length + tail <= MAX_WIDTH || text.includes("\n")) return text;
  const group = firstGroup(text);
  if (!group) return text;
  const head = text.slice(0, group.open);
  const rest = text.slice(group.close + 1);
  const inner = indent + INDENT;
  const bracket = text[group.open];
  if (bracket === "(") {
    const last = group.items.at(-1) ?? "";
    const arrow = lambdaArrow(last);
    if (
      arrow >= 0 &&
      !last
        .slice(arrow + 2)
        .trim()
        .startsWith("{")
    ) {
      // The handler lambda hangs: its body goes on the next line.
      const before = [...group.items.slice(0, -1), last.slice(0, arrow).trim()].join(", ");
      const body = last.slice(arrow + 2).trim();
      return `${head}(${before} =>\n${pad(inner)}${layout(body, inner, inner, 1 + rest.length + tail)})${rest}`;
    }
    const args = group.items.map((item, i) => {
      const end = i === group.items.length - 1 ? 1 + rest.length + tail : 1;
      return pad(inner) + layout(item, inner, inner, end);
    });
    return `${head}(\n${args.join(",\n")})${rest}`;
  }
  if (bracket === "{") {
    const members = group.items.map((item) => pad(inner) + layout(item, inner, inner, 1) + ",");
    return `${head.trimEnd()}\n${pad(indent)}{\n${members.join("\n")}\n${pad(indent)}}${rest}`;
  }
  return text;
}
