/** Tree-sitter grammars (WASM, from the grammars' own npm packages) loaded into web-tree-sitter. */
import { Language as TsLanguage, Node, Parser } from "web-tree-sitter";
import type { Language } from "../../src/registry/types.js";
import { ROOT } from "../helpers/snipgen.js";
import { excerpt } from "./corpus.js";

const WASM: Record<Language, string> = {
  python: "tree-sitter-python/tree-sitter-python.wasm",
  javascript: "tree-sitter-javascript/tree-sitter-javascript.wasm",
  java: "tree-sitter-java/tree-sitter-java.wasm",
  go: "tree-sitter-go/tree-sitter-go.wasm",
  ruby: "tree-sitter-ruby/tree-sitter-ruby.wasm",
  csharp: "tree-sitter-c-sharp/tree-sitter-c_sharp.wasm",
};

/** The root node type a whole file of the language parses to. */
export const ROOT_TYPE: Record<Language, string> = {
  python: "module",
  javascript: "program",
  java: "program",
  go: "source_file",
  ruby: "program",
  csharp: "compilation_unit",
};

let ready: Promise<void> | undefined;
const parsers = new Map<Language, Parser>();

export async function parserFor(language: Language): Promise<Parser> {
  await (ready ??= Parser.init());
  let parser = parsers.get(language);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(await TsLanguage.load(`${ROOT}node_modules/${WASM[language]}`));
    parsers.set(language, parser);
  }
  return parser;
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
