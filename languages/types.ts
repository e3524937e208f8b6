import type { JsonValue } from "../src/json/ordered-json.js";

/**
 * What a language must provide so templates never paste text into code:
 * every value goes through one of these.
 */
export interface LanguageHelpers {
  /** A string literal that evaluates to exactly `s`. */
  string(s: string): string;
  /**
   * A literal that evaluates to the JSON value, laid out for a line indented by `indent` spaces, starting
   * at `column`, with `tail` columns of code after it (languages without a formatter at generation time
   * lay long literals out as their formatter would).
   */
  literal(value: JsonValue, indent: number, column: number, tail: number): string;
  /**
   * Lays out a line of code the template wrote (calls, lists) as the language's formatter would, for
   * languages without a formatter at generation time; absent where the code is printed as written.
   */
  wrap?(code: string, indent: number, column: number, tail: number): string;
  /** A string literal holding the JSON text `json` (compact, printable), as readable as the language allows. */
  jsonText(json: string): string;
  /**
   * Further template helpers the language offers (a Go struct type for a body, a Java record), called
   * with the template's arguments. One that returns a function is laid out later, like `literal`: the
   * function gets the indent, column and tail of the place its text lands. One that returns a list is
   * for `#each` (the header lines a stack writes).
   */
  templateHelpers?: TemplateHelpers;
}

/**
 * Template helpers by name (see LanguageHelpers.templateHelpers). A language's serve all its targets; what
 * only one framework needs (how its redirect helper rewrites a URL) lives in that target's folder, in
 * targets/<protocol>/<id>/helpers.ts, which exports `templateHelpers`.
 */
export type TemplateHelpers = Record<string, (...args: never[]) => string | readonly object[] | ((indent: number, column: number, tail: number) => string)>;

/** How prettier formats a language: its parser and the plugin modules that parser needs. */
export interface PrettierFormatter {
  parser: string;
  plugins: string[];
  /** Options where the language's community differs from prettier's defaults (Java indents by 4). */
  options?: Record<string, unknown>;
}

/** Everything snipgen's pipeline needs of a language (its folder holds the rest: tests, grammar). */
export interface LanguageModule extends LanguageHelpers {
  /** Info string of a Markdown code fence. */
  fence: string;
  /** Extension of a source file, with its dot. */
  extension: string;
  /** Prettier's formatter for the language; null where snipgen prints the code already formatted. */
  prettier: PrettierFormatter | null;
}
