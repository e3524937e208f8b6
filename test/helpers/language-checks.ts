/**
 * What the test layers need to know of a language, kept in its own folder (languages/<lang>/checks.ts,
 * default export): its tree-sitter grammar, its own parser, its formatter, and how to evaluate literals
 * in the real language. The runners under test/ iterate LANGUAGES and ask these; they name no language.
 */
import type { Language } from "../../languages/index.js";
import type { JsonValue } from "../../src/json/ordered-json.js";
import type { Target } from "../../src/registry/types.js";

export interface LanguageChecks {
  /**
   * The tree-sitter grammar (a WASM file under node_modules) and the node type a whole file parses to;
   * null where none exists (Kamailio's configuration): its native parser must then check every file.
   */
  grammar: { wasm: string; root: string } | null;
  /** The language's own front end (beyond tree-sitter), when one runs here. */
  native?: NativeParser;
  /** The canonical formatter snipgen's output must already be formatted by, when prettier is not it. */
  formatter?: ExternalFormatter;
  /** A piece of unformatted code and what the language's prettier makes of it (prettier languages only). */
  prettierSample?: { code: string; formatted: RegExp };
  /** Evaluation of literals by the language itself (or by its specification's rules where no toolchain runs here). */
  evaluate: Evaluator;
}

export interface NativeParser {
  /** Name shown in test titles: "ast.parse". */
  name: string;
  /**
   * Per source, null when it is accepted, else the parser's message. `targets[i]` made `sources[i]`
   * (a type checker checks each target's snippets with that target's own settings, such as its tsconfig).
   */
  check(sources: string[], targets: Target[]): Promise<(string | null)[]>;
}

export interface ExternalFormatter {
  name: string;
  /** Null when it can run here, else what is missing. */
  missing(): string | null;
  /** Per source index, the formatter's diff for the sources it would change. */
  check(sources: string[]): Promise<Map<number, string>>;
  /**
   * For languages whose literals snipgen lays out itself: each value, assigned to a variable `name` in a
   * function body as the templates do, as snipgen lays it out, and as the
   * formatter lays out the same value written on one line (the formatter keeps layouts it finds, so a
   * fixed point alone would accept a collection exploded where the formatter would not explode it).
   */
  literalLayout?(literals: { name: string; value: JsonValue }[]): { snipgen: string; formatter: string }[];
}

export interface Evaluator {
  /** Null when the language's toolchain runs here, else what is missing. */
  missing(): string | null;
  /** The values of string literals (string() or jsonText() output), one per literal. */
  strings(literals: string[]): string[];
  /** For languages whose literal() writes native collections: each literal's value as JSON text. */
  values?(literals: string[]): string[];
}

const cache = new Map<Language, Promise<LanguageChecks>>();

/** The checks of a language; a language without languages/<lang>/checks.ts fails the layers that need it. */
export function checksOf(language: Language): Promise<LanguageChecks> {
  let found = cache.get(language);
  if (!found) {
    found = import(`../../languages/${language}/checks.js`).then(
      (m: { default?: LanguageChecks }) => {
        if (!m.default) throw new Error(`languages/${language}/checks.ts has no default export`);
        return m.default;
      },
      (err: Error) => {
        throw new Error(`languages/${language}/checks.ts could not be loaded: ${err.message}`);
      },
    );
    cache.set(language, found);
  }
  return found;
}
