/**
 * Line layout for collection literals in languages whose formatter we cannot run at generation time
 * (black for Python, RuboCop for Ruby): a literal stays on one line when it fits, otherwise it is
 * exploded one entry per line, recursively — the shape both formatters settle on.
 */

export type LayoutNode =
  | { kind: "atom"; text: string }
  | {
      kind: "group";
      open: string;
      close: string;
      entries: { prefix: string; value: LayoutNode }[];
      /** Call arguments: when exploded, all on one indented line if they fit there (black's "hug"), else one per line. */
      hug?: boolean;
    };

export interface LayoutStyle {
  /** Maximum line width of the language's formatter. */
  width: number;
  indentUnit: string;
  /** Comma after the last entry of an exploded collection (black's "magic trailing comma"). */
  trailingComma: boolean;
  /** Spaces inside non-empty braces on one line: `{ a: 1 }` (Rails style) vs `{"a": 1}` (black). */
  padInside: boolean;
  /**
   * A collection with a single entry that does not fit puts that entry alone on the next line with no
   * comma after it (black adds the magic trailing comma only when it splits at commas, so only for two
   * or more entries).
   */
  singleEntryWithoutComma?: boolean;
  /** Columns a piece of text takes; displayWidth unless the formatter counts differently. */
  measure?: (text: string) => number;
}

export function oneLine(node: LayoutNode, style: LayoutStyle): string {
  if (node.kind === "atom") return node.text;
  if (node.entries.length === 0) return node.open + node.close;
  const inner = node.entries.map((e) => e.prefix + oneLine(e.value, style)).join(", ");
  return style.padInside ? `${node.open} ${inner} ${node.close}` : node.open + inner + node.close;
}

/**
 * Lays the node out starting at `column` on a line indented by `indent`, with `tail` more columns
 * of code after it on the same line.
 */
export function layout(node: LayoutNode, style: LayoutStyle, indent: string, column: number, tail: number): string {
  const measure = style.measure ?? displayWidth;
  const flat = oneLine(node, style);
  if (node.kind === "atom" || node.entries.length === 0) return flat;
  if (column + measure(flat) + tail <= style.width) return flat;
  const inner = indent + style.indentUnit;
  if (node.hug) {
    const args = node.entries.map((e) => e.prefix + oneLine(e.value, style)).join(", ");
    if (measure(inner + args) <= style.width) return [node.open, inner + args, indent + node.close].join("\n");
  }
  const single = node.entries.length === 1 && style.singleEntryWithoutComma;
  const lines = node.entries.map((e, i) => {
    const last = i === node.entries.length - 1;
    const comma = single || (last && !style.trailingComma) ? "" : ",";
    const value = layout(e.value, style, inner, measure(inner + e.prefix), comma.length);
    return inner + e.prefix + value + comma;
  });
  return [node.open, ...lines, indent + node.close].join("\n");
}

// Wide (East Asian Wide/Fullwidth, emoji) code points take two columns; combining marks none.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO = /\p{Mn}|\p{Me}/u;

export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}
