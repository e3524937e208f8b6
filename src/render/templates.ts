import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import HandlebarsRuntime from "handlebars/runtime";
import type { TemplateHelpers } from "../../languages/types.js";
import { InternalError } from "../errors.js";
import { requireCached } from "../load/code-cache.js";
import { PARTIALS_SOURCE_DIR, PRECOMPILED_PARTIALS_DIR } from "../paths.js";
import type { Target } from "../registry/types.js";
import compileOptions from "./compile-options.json" with { type: "json" };

export type Helpers = Record<string, (...args: never[]) => unknown>;
export type CompiledTemplate = (context: object, options: { helpers: Helpers; partials?: Partials }) => string;
/** Partials by name: the pieces a language's templates share (`{{> name}}`). */
export type Partials = Record<string, CompiledTemplate>;
export interface LoadedTemplate {
  run: CompiledTemplate;
  /** Where the template came from, for error messages. */
  path: string;
  partials: Partials;
  /** The target's own template helpers (its helpers.ts); empty when it has none. */
  helpers: TemplateHelpers;
}

/**
 * Compile options, one file read by the build's precompilation and by run-time compilation alike
 * (output is code, not HTML: no escaping; a misspelled field is an error: strict).
 */
export const COMPILE_OPTIONS: { noEscape: boolean; strict: boolean } = compileOptions;

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

// Templates by file and partials by language: a run that prints several codes (export) loads each once.
const cache = new Map<string, Promise<LoadedTemplate>>();
const partialsCache = new Map<string, Promise<Partials>>();

export function loadTemplate(target: Target): Promise<LoadedTemplate> {
  const key = target.template.precompiled ?? target.template.source;
  let found = cache.get(key);
  if (!found) {
    found = load(target);
    cache.set(key, found);
  }
  return found;
}

async function load(target: Target): Promise<LoadedTemplate> {
  const { source, precompiled } = target.template;
  const partials = loadPartials(target.language);
  const helpers = loadTargetHelpers(target);
  if (precompiled) return { run: await runtimeTemplate(precompiled), path: source, partials: await partials, helpers: await helpers };
  if (!existsSync(source)) throw new InternalError(`no template for ${target.id}: ${source}`);
  return { run: await compileFile(source), path: source, partials: await partials, helpers: await helpers };
}

/** A target's own helpers: the build's bundle of its helpers.ts (through the code cache), or the source in an unbuilt checkout. */
async function loadTargetHelpers(target: Target): Promise<TemplateHelpers> {
  if (!target.helpers) return {};
  const { source, built } = target.helpers;
  const module = (built ? requireCached(built) : await import(pathToFileURL(source).href)) as { templateHelpers?: TemplateHelpers };
  if (!module.templateHelpers) throw new InternalError(`${source}: exports no templateHelpers`);
  return module.templateHelpers;
}

/** What the build's Handlebars.precompile gives, as the runtime takes it. */
type TemplateSpec = Parameters<typeof HandlebarsRuntime.template>[0];

/** A template the build precompiled into a CommonJS file (module.exports = its spec), loaded through the code cache. */
async function runtimeTemplate(precompiled: string): Promise<CompiledTemplate> {
  return HandlebarsRuntime.template(requireCached(precompiled) as TemplateSpec) as CompiledTemplate;
}

/** The partials of a language: precompiled by the build, or compiled from languages/<lang>/partials/ in an unbuilt checkout. */
function loadPartials(language: string): Promise<Partials> {
  let found = partialsCache.get(language);
  if (!found) {
    found = (async () => {
      const built = join(PRECOMPILED_PARTIALS_DIR, `${language}.cjs`);
      if (existsSync(built)) {
        const specs = requireCached(built) as Record<string, TemplateSpec>;
        return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, HandlebarsRuntime.template(spec) as CompiledTemplate]));
      }
      const dir = join(PARTIALS_SOURCE_DIR, language, "partials");
      if (!existsSync(dir)) return {};
      const names = readdirSync(dir).filter((f) => f.endsWith(".hbs"));
      return Object.fromEntries(await Promise.all(names.map(async (f) => [f.slice(0, -".hbs".length), await compileFile(join(dir, f))])));
    })();
    partialsCache.set(language, found);
  }
  return found;
}
