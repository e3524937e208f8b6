import { loadLanguage } from "../languages/index.js";
import type { LanguageModule } from "../languages/types.js";
import { findCode } from "../protocols/index.js";
import type { CodeEntry, Overrides, Protocol, ResponseSpec } from "../protocols/types.js";
import { UsageError } from "./errors.js";
import { formatCode } from "./format/index.js";
import { usageError } from "./i18n/catalog.js";
import type { Style, Target } from "./registry/types.js";
import { renderSnippet } from "./render/render.js";

/** What to generate: one code of one protocol, for some targets, in one style. */
export interface GenerateOptions {
  protocol: Protocol;
  code: number;
  targets: readonly Target[];
  style: Style;
  numeric: boolean;
  /** Run prettier on languages it supports (off with --no-format). */
  prettier: boolean;
  overrides: Overrides;
  /** With --all, a target that cannot answer the code is noted instead of failing the page. */
  skipUnsupported: boolean;
  /** Accept an in-range code the model lacks (--allow-unknown), with its class's defaults. */
  allowUnknown?: boolean;
  /**
   * Where each snippet will live, so prettier follows that project's configuration (.prettierrc,
   * .editorconfig): the file's path for a target; absent for snipgen's own style (export, --no-config).
   */
  projectFile?: (target: Target) => string;
}

export interface Snippet {
  target: Target;
  language: LanguageModule;
  style: Style;
  code: string;
}

export interface Generated {
  protocol: Protocol;
  entry: CodeEntry;
  spec: ResponseSpec;
  snippets: Snippet[];
  unsupported: { target: Target; reason: string }[];
}

export function lookupCode(protocol: Protocol, code: number, allowUnknown = false): CodeEntry {
  const entry = findCode(protocol, code);
  if (entry) return entry;
  if (allowUnknown) return protocol.unknownEntry(code);
  const known = protocol.codes;
  const below = known.filter((c) => c.code < code).at(-1);
  const above = known.find((c) => c.code > code);
  const near = [below, above].filter((c) => c && Math.abs(c.code - code) <= 10).map((c) => `${c!.code} ${c!.reason}`);
  const params = { code, protocol: protocol.title };
  throw near.length ? usageError("error.unknownCodeNear", { ...params, near: near.join(", ") }) : usageError("error.unknownCode", params);
}

/** Renders and formats every requested snippet before anything is printed: all or nothing. */
export async function generate(options: GenerateOptions): Promise<Generated> {
  const { protocol } = options;
  const entry = lookupCode(protocol, options.code, options.allowUnknown);
  const spec = protocol.buildResponse(entry, options.overrides);
  const unsupported: Generated["unsupported"] = [];
  const rendered: { target: Target; language: LanguageModule; code: string }[] = [];
  for (const target of options.targets) {
    const language = await loadLanguage(target.language);
    try {
      rendered.push({ target, language, code: await renderSnippet(protocol, target, language, options.style, spec, options.numeric) });
    } catch (err) {
      if (options.skipUnsupported && err instanceof UsageError) {
        unsupported.push({ target, reason: err.message });
        continue;
      }
      throw err;
    }
  }
  // Formatted together: one formatter's asynchronous start-up (the Java plugin's WASM grammar) overlaps the others.
  const codes = await Promise.all(
    rendered.map(({ target, language, code }) => (options.prettier ? formatCode(code, language.prettier, options.projectFile?.(target)) : code)),
  );
  const snippets = rendered.map(({ target, language }, i) => ({ target, language, style: options.style, code: codes[i]! }));
  return { protocol, entry, spec, snippets, unsupported };
}
