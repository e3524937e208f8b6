import type { HelperOptions } from "handlebars";
import type { LanguageHelpers, TemplateHelpers } from "../../languages/types.js";
import type { Protocol, ResponseSpec } from "../../protocols/types.js";
import { InternalError } from "../errors.js";
import type { JsonValue } from "../json/ordered-json.js";
import type { Style, Target } from "../registry/types.js";
import { buildContext } from "./context.js";
import { loadTemplate, type Helpers } from "./templates.js";

// A literal's layout depends on where it lands on its line, known only after the template ran:
// the helper leaves a marker, then each marker is replaced knowing its indent, column and tail.
const MARKER = /\u0000L(\d+)\u0000/;

/** Text whose layout waits for its position on the line. */
type Pending = (indent: number, column: number, tail: number) => string;

/** The helpers a template runs with: the language's literal helpers, its further helpers, the target's own, and the common ones below. */
function helpersFor(lang: LanguageHelpers, targetHelpers: TemplateHelpers, pending: Pending[]): Helpers {
  const later = (place: Pending) => `\u0000L${pending.push(place) - 1}\u0000`;
  const clash = Object.keys(targetHelpers).find((name) => name in (lang.templateHelpers ?? {}));
  if (clash) throw new InternalError(`the target's helper ${clash} has the name of one of its language's`);
  const own = Object.entries({ ...lang.templateHelpers, ...targetHelpers }).map(([name, helper]) => [
    name,
    (...args: unknown[]) => {
      // The last argument is Handlebars' options object.
      const out = (helper as (...a: unknown[]) => string | Pending)(...args.slice(0, -1));
      return typeof out === "function" ? later(out) : out;
    },
  ]);
  return {
    ...Object.fromEntries(own),
    string: (s: unknown) => lang.string(String(s)),
    json: (text: unknown) => lang.jsonText(String(text)),
    literal: (value: JsonValue) => later((indent, column, tail) => lang.literal(value, indent, column, tail)),
    /** Block helper: a line of code laid out as the language's formatter would (long calls split). */
    wrap: function (this: unknown, options: HelperOptions) {
      const code: string = options.fn(this);
      return lang.wrap ? later((indent, column, tail) => lang.wrap!(code, indent, column, tail)) : code;
    },
    eq: (a: unknown, b: unknown) => a === b,
    or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
    and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
    not: (value: unknown) => !value,
    gte: (a: unknown, b: unknown) => Number(a) >= Number(b),
    concat: (...parts: unknown[]) => parts.slice(0, -1).join(""),
    lower: (s: unknown) => String(s).toLowerCase(),
    includes: (s: unknown, part: unknown) => String(s).includes(String(part)),
    capitalize: (s: unknown) => String(s).charAt(0).toUpperCase() + String(s).slice(1).toLowerCase(),
    /** Block helper: indents every non-empty line of its content by `n` spaces. */
    indent: function (this: unknown, n: number, options: HelperOptions) {
      const pad = " ".repeat(n);
      return options.fn(this).replace(/^(?=.)/gm, pad);
    },
    withoutLeadingSlash: (s: unknown) => String(s).replace(/^\//, ""),
    /** Whether a value (a string, or the strings inside a list of headers) is plain ASCII: some stacks need other text as bytes. */
    ascii: (value: unknown) => /^[\x00-\x7f]*$/.test(JSON.stringify(value instanceof Map ? [...value] : value) ?? ""),
  };
}

function placePending(code: string, pending: Pending[]): string {
  return code
    .split("\n")
    .map((line) => {
      let match: RegExpExecArray | null;
      while ((match = MARKER.exec(line))) {
        const indent = line.length - line.trimStart().length;
        const tail = line.length - match.index - match[0].length;
        const text = pending[Number(match[1])]!(indent, match.index, tail);
        line = line.slice(0, match.index) + text + line.slice(match.index + match[0].length);
      }
      return line;
    })
    .join("\n");
}

/** Renders one target's snippet (unformatted) from the spec, with the literal helpers of its language. */
export async function renderSnippet(
  protocol: Protocol,
  target: Target,
  lang: LanguageHelpers,
  style: Style,
  spec: ResponseSpec,
  numeric: boolean,
): Promise<string> {
  const context = buildContext(protocol, target, style, spec, numeric);
  const pending: Pending[] = [];
  const { run, path, partials, helpers } = await loadTemplate(target);
  let out: string;
  try {
    out = run(context, { helpers: helpersFor(lang, helpers, pending), partials });
  } catch (err) {
    // Strict mode names the missing field and its position: `"x" not defined in [object Object] - 3:4`.
    const message = (err as Error).message;
    const at = / - (\d+):(\d+)$/.exec(message);
    const where = at ? `:${at[1]}:${Number(at[2]) + 1}` : "";
    const what = message.replace(/( in .*)? - \d+:\d+$/, "");
    throw new InternalError(`template ${path}${where}: ${what}`);
  }
  return (
    placePending(out, pending)
      .replace(/\n{3,}$/, "\n")
      .trimEnd() + "\n"
  );
}
