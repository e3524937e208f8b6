import Handlebars from "handlebars";
import { InternalError } from "../errors.js";
import type { ResponseSpec } from "../model/spec.js";
import type { JsonValue } from "../model/types.js";
import type { FrameworkEntry, Style } from "../registry/types.js";
import { buildContext } from "./context.js";
import { LANGUAGES } from "./lang/index.js";
import type { LanguageHelpers } from "./lang/types.js";
import { compileTemplate, loadTemplateSource, type CompiledTemplate } from "./templates.js";

const hb = Handlebars.create();
const compiled = new Map<string, { run: CompiledTemplate; path: string }>();

function template(fw: FrameworkEntry): { run: CompiledTemplate; path: string } {
  const key = `${fw.protocol}/${fw.id}`;
  let found = compiled.get(key);
  if (!found) {
    const { source, path } = loadTemplateSource(fw.protocol, fw.id);
    found = { run: compileTemplate(hb, source), path };
    compiled.set(key, found);
  }
  return found;
}

// A literal's layout depends on where it lands on its line, known only after the template ran:
// the helper leaves a marker, then each marker is replaced knowing its indent, column and tail.
const MARKER = /\u0000L(\d+)\u0000/;

function helpersFor(lang: LanguageHelpers, literals: JsonValue[]): Record<string, Handlebars.HelperDelegate> {
  return {
    string: (s: unknown) => lang.string(String(s)),
    json: (text: unknown) => lang.jsonText(String(text)),
    literal: (value: JsonValue) => `\u0000L${literals.push(value) - 1}\u0000`,
    eq: (a: unknown, b: unknown) => a === b,
    or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
    concat: (...parts: unknown[]) => parts.slice(0, -1).join(""),
    lower: (s: unknown) => String(s).toLowerCase(),
    capitalize: (s: unknown) => String(s).charAt(0).toUpperCase() + String(s).slice(1).toLowerCase(),
    /** Block helper: indents every non-empty line of its content by `n` spaces. */
    indent: function (this: unknown, n: number, options: Handlebars.HelperOptions) {
      const pad = " ".repeat(n);
      return options.fn(this).replace(/^(?=.)/gm, pad);
    },
    withoutLeadingSlash: (s: unknown) => String(s).replace(/^\//, ""),
  };
}

function placeLiterals(code: string, lang: LanguageHelpers, literals: JsonValue[]): string {
  return code
    .split("\n")
    .map((line) => {
      let match: RegExpExecArray | null;
      while ((match = MARKER.exec(line))) {
        const indent = line.length - line.trimStart().length;
        const tail = line.length - match.index - match[0].length;
        const text = lang.literal(literals[Number(match[1])]!, indent, match.index, tail);
        line = line.slice(0, match.index) + text + line.slice(match.index + match[0].length);
      }
      return line;
    })
    .join("\n");
}

/** Renders one framework's snippet (unformatted) from the spec. */
export function renderSnippet(fw: FrameworkEntry, style: Style, spec: ResponseSpec, numeric: boolean): string {
  const context = buildContext(fw, style, spec, numeric);
  const lang = LANGUAGES[fw.language];
  const literals: JsonValue[] = [];
  const { run, path } = template(fw);
  let out: string;
  try {
    out = run(context, { helpers: helpersFor(lang, literals) });
  } catch (err) {
    throw new InternalError(`template ${path} failed: ${(err as Error).message}`);
  }
  return placeLiterals(out, lang, literals).replace(/\n{3,}$/, "\n").trimEnd() + "\n";
}
