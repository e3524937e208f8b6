/** Tree-sitter grammars (WASM, from the grammars' own npm packages, named by each language's checks) loaded into web-tree-sitter. */
import { Language as TsLanguage, Node, Parser } from "web-tree-sitter";
import type { Language } from "../../languages/index.js";
import { excerpt } from "../helpers/files.js";
import { checksOf } from "../helpers/language-checks.js";
import { ROOT } from "../helpers/snipgen.js";
import type { Item } from "./corpus.js";

let ready: Promise<void> | undefined;
const parsers = new Map<Language, Promise<Parser | null>>();

/** The language's tree-sitter parser, or null where it has no grammar (its native parser checks it). */
export function parserFor(language: Language): Promise<Parser | null> {
  let parser = parsers.get(language);
  if (!parser) {
    parser = (async () => {
      const { grammar } = await checksOf(language);
      if (!grammar) return null;
      await (ready ??= Parser.init());
      const p = new Parser();
      p.setLanguage(await TsLanguage.load(`${ROOT}node_modules/${grammar.wasm}`));
      return p;
    })();
    parsers.set(language, parser);
  }
  return parser;
}

/** The root node type a whole file of the language parses to (null: no grammar). */
export async function rootTypeOf(language: Language): Promise<string | null> {
  return (await checksOf(language)).grammar?.root ?? null;
}

export interface SyntaxProblem {
  kind: "ERROR" | "MISSING";
  /** 1-based line and column. */
  line: number;
  column: number;
  /** The node's type (for MISSING: what the parser had to invent) and an excerpt of its text. */
  type: string;
  text: string;
}

/** Every ERROR and MISSING node of the tree, in source order. */
export function syntaxProblems(root: Node): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const visit = (node: Node) => {
    if (node.isError || node.isMissing) {
      problems.push({
        kind: node.isMissing ? "MISSING" : "ERROR",
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        type: node.type,
        text: excerpt(node.text),
      });
      if (node.isMissing) return;
    }
    if (!node.hasError && !node.isError) return;
    for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  // A tree with an error but no ERROR/MISSING node found would be a walker bug: report the root.
  if (root.hasError && problems.length === 0) problems.push({ kind: "ERROR", line: 1, column: 1, type: root.type, text: "(tree reports an error)" });
  return problems;
}

export function describeProblem(p: SyntaxProblem): string {
  return `${p.kind} ${p.kind === "MISSING" ? `(${p.type}) ` : ""}at ${p.line}:${p.column} ${p.text}`;
}

/** The source line a problem is on, with a caret under its column (for failure messages). */
export function pointAt(source: string, p: SyntaxProblem): string {
  const line = source.split("\n")[p.line - 1] ?? "";
  // Keep the line's tabs in the caret line so the caret lines up however tabs are displayed.
  const pad = line.slice(0, Math.max(0, p.column - 1)).replace(/[^\t]/g, " ");
  return `    ${line}\n    ${pad}^`;
}

/**
 * A target's own check of its parsed snippets (targets/<protocol>/<id>/parse-check.ts, default export):
 * what the snippet must do, read off its tree, for targets no runtime layer runs here. Returns the
 * differences; empty when the snippet is right.
 */
export type ParseCheck = (item: Item, root: Node) => string[];
