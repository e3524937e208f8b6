import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import HandlebarsRuntime from "handlebars/runtime";
import { InternalError } from "../errors.js";
import { PRECOMPILED_DIR, TEMPLATES_DIR } from "../paths.js";
import type { FrameworkEntry } from "../registry/types.js";
import compileOptions from "../../templates/compile-options.json" with { type: "json" };

export type Helpers = Record<string, (...args: never[]) => unknown>;
export type CompiledTemplate = (context: object, options: { helpers: Helpers }) => string;
export interface LoadedTemplate {
  run: CompiledTemplate;
  /** Where the template came from, for error messages. */
  path: string;
}

/**
 * Compile options, one file read by the build's precompilation and by run-time compilation alike
 * (output is code, not HTML: no escaping; a misspelled field is an error: strict).
 */
export const COMPILE_OPTIONS: { noEscape: boolean; strict: boolean } = compileOptions;

/** Frameworks whose template comes from the user's --templates DIR instead of the shipped one. */
const userTemplates = new Map<string, string>();

export function useUserTemplate(fw: FrameworkEntry, path: string): void {
  userTemplates.set(`${fw.protocol}/${fw.id}`, path);
}

/** The compiler is loaded only when a template must be compiled at run time (user templates, a dev checkout without a build). */
async function compileFile(path: string): Promise<CompiledTemplate> {
  const { default: Handlebars } = await import("handlebars");
  const source = readFileSync(path, "utf8");
  let template: CompiledTemplate;
  try {
    template = Handlebars.create().compile(source, COMPILE_OPTIONS) as CompiledTemplate;
    // compile() is lazy: precompile now so syntax errors surface here, with their position.
    Handlebars.precompile(source, COMPILE_OPTIONS);
  } catch (err) {
    throw new InternalError(`template ${path}${syntaxErrorPosition(source, err as Error)}: syntax error: ${(err as Error).message.split("\n").at(-1)}`);
  }
  return template;
}

/**
 * ":line:column" of a Handlebars syntax error. The parser reports the line and an excerpt of the input
 * before the error (newlines removed) above a caret; the excerpt's tail is where the error is on that line.
 */
export function syntaxErrorPosition(source: string, err: Error & { lineNumber?: number; column?: number }): string {
  if (err.lineNumber) return `:${err.lineNumber}:${(err.column ?? 0) + 1}`;
  const lines = err.message.split("\n");
  const line = Number(/Parse error on line (\d+)/.exec(lines[0] ?? "")?.[1]);
  if (!line) return "";
  const caret = lines.findIndex((l) => /^-*\^$/.test(l));
  const before = caret > 0 ? lines[caret - 1]!.slice(0, lines[caret]!.length - 1).replace(/^\.\.\./, "") : "";
  const text = source.split("\n")[line - 1] ?? "";
  for (let k = before.length; k > 0; k--) {
    const at = text.lastIndexOf(before.slice(-k));
    if (at >= 0) return `:${line}:${at + k + 1}`;
  }
  return `:${line}`;
}

const cache = new Map<string, Promise<LoadedTemplate>>();

export function loadTemplate(fw: FrameworkEntry): Promise<LoadedTemplate> {
  const key = `${fw.protocol}/${fw.id}`;
  let found = cache.get(key);
  if (!found) {
    found = load(fw, key);
    cache.set(key, found);
  }
  return found;
}

async function load(fw: FrameworkEntry, key: string): Promise<LoadedTemplate> {
  const user = userTemplates.get(key);
  if (user) return { run: await compileFile(user), path: user };
  const source = join(TEMPLATES_DIR, `${key}.hbs`);
  const precompiled = join(PRECOMPILED_DIR, `${key}.js`);
  if (existsSync(precompiled)) {
    const spec = (await import(pathToFileURL(precompiled).href)).default;
    return { run: HandlebarsRuntime.template(spec) as CompiledTemplate, path: source };
  }
  if (!existsSync(source)) throw new InternalError(`no template for ${fw.id}: ${source}`);
  return { run: await compileFile(source), path: source };
}
