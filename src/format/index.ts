import v8 from "node:v8";
import type { PrettierFormatter } from "../../languages/types.js";
import { InternalError, UsageError } from "../errors.js";
import { cachedRequire } from "./cached-require.js";

type Prettier = { format(code: string, options: object): Promise<string>; doc: unknown };

let tuned = false;

/** Prettier's standalone build and only the plugins this language needs, loaded on first use. */
function load(formatter: PrettierFormatter): { prettier: Prettier; plugins: unknown[] } {
  if (!tuned) {
    // The Java plugin parses with a WebAssembly grammar. A snippet is tiny, so V8's baseline compiler is
    // all it needs; its optimizing tier would spend about 50 ms of CPU per run for nothing. Set before
    // anything is compiled (the build's warm-up runs this same path, so the code cache matches).
    v8.setFlagsFromString("--liftoff-only");
    tuned = true;
  }
  const prettier = cachedRequire("prettier/standalone") as Prettier;
  // A plugin that asks for "prettier" (util, doc), as the Java plugin does, gets the standalone build.
  const overrides = { prettier, "prettier/doc": prettier.doc };
  return { prettier, plugins: formatter.plugins.map((plugin) => cachedRequire(plugin, overrides)) };
}

/**
 * The user's prettier options for a file at `path` (its .prettierrc, package.json "prettier", .editorconfig),
 * through prettier's own resolveConfig, loaded only when a snippet is formatted. What decides how the
 * snippet parses (parser, plugins) stays snipgen's.
 */
async function projectOptions(path: string): Promise<Record<string, unknown>> {
  const { resolveConfig } = (await import("prettier")) as { resolveConfig(path: string, options: object): Promise<Record<string, unknown> | null> };
  let found: Record<string, unknown> | null;
  try {
    found = await resolveConfig(path, { editorconfig: true });
  } catch (err) {
    throw new UsageError(`the prettier configuration for ${path} cannot be read (${(err as Error).message.split("\n")[0]}); --no-config ignores it`);
  }
  const { parser: _parser, plugins: _plugins, filepath: _filepath, ...options } = found ?? {};
  return options;
}

export async function formatCode(code: string, formatter: PrettierFormatter | null, projectFile?: string): Promise<string> {
  if (!formatter) return code;
  const { prettier, plugins } = load(formatter);
  const project = projectFile === undefined ? {} : await projectOptions(projectFile);
  try {
    return await prettier.format(code, { ...formatter.options, ...project, parser: formatter.parser, plugins });
  } catch (err) {
    throw new InternalError(`prettier (${formatter.parser}) could not format the snippet: ${(err as Error).message.split("\n")[0]}`);
  }
}
