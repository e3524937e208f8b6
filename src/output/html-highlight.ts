import { escapeHtml } from "./html.js";

/**
 * Syntax highlighting at build time with highlight.js: the pages carry highlighted markup and a
 * stylesheet, and need no script to be read. highlight.js is loaded by name from node_modules when an
 * HTML export asks for it (never bundled, never loaded by another run), as prettier is.
 */

/** The part of highlight.js's API used here (its own typings pull the DOM library into the whole program). */
interface Hljs {
  registerLanguage(name: string, language: unknown): void;
  getLanguage(name: string): object | undefined;
  highlight(code: string, options: { language: string; ignoreIllegals: boolean }): { value: string };
}

/**
 * The highlight.js languages registered, for the fences the pages use: each language's fence
 * (languages/<lang>/<lang>.ts), the protocols' wire previews and try-it sections, and the files beside a
 * program. Their aliases cover the short names (ts, sh, toml, text). test/html checks that every fence
 * the registry can produce is known here.
 */
export const HIGHLIGHT_LANGUAGES = [
  "bash",
  "csharp",
  "go",
  "http",
  "ini",
  "java",
  "javascript",
  "json",
  "plaintext",
  "python",
  "ruby",
  "typescript",
  "xml",
  "yaml",
] as const;

// A specifier in a variable: esbuild leaves the import to run time, so the highlighter stays out of dist/.
const PACKAGE = "highlight.js";

async function load(): Promise<Hljs> {
  const core = `${PACKAGE}/lib/core`;
  const hljs = ((await import(core)) as { default: Hljs }).default;
  const languages = await Promise.all(
    HIGHLIGHT_LANGUAGES.map(async (name) => {
      const path = `${PACKAGE}/lib/languages/${name}`;
      return [name, ((await import(path)) as { default: unknown }).default] as const;
    }),
  );
  for (const [name, language] of languages) hljs.registerLanguage(name, language);
  return hljs;
}

/** Code as highlighted, escaped markup (highlight.js escapes & < > " ' in the text it wraps); a fence it does not know is escaped only. */
export type Highlight = ((code: string, lang: string) => string) & { knows(lang: string): boolean };

/** Loads highlight.js with the languages above. */
export async function loadHighlighter(): Promise<Highlight> {
  const hljs = await load();
  const knows = (lang: string) => hljs.getLanguage(lang) !== undefined;
  return Object.assign(
    (code: string, lang: string) => (knows(lang) ? hljs.highlight(code, { language: lang, ignoreIllegals: true }).value : escapeHtml(code)),
    {
      knows,
    },
  );
}
