import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import type { PrettierFormatter } from "../../languages/types.js";
import { InternalError, UsageError } from "../errors.js";
import { requireCached } from "../load/code-cache.js";

type Prettier = { format(code: string, options: object): Promise<string>; doc: unknown };

const nodeRequire = createRequire(import.meta.url);

/** Prettier's standalone build and only the plugins this language needs, loaded on first use (through V8's code cache: they are large). */
function load(formatter: PrettierFormatter): { prettier: Prettier; plugins: unknown[] } {
  const prettier = requireCached(nodeRequire.resolve("prettier/standalone")) as Prettier;
  // A plugin that asks for "prettier" (util, doc), as the Java plugin does, gets the standalone build.
  const overrides = { prettier, "prettier/doc": prettier.doc };
  return { prettier, plugins: formatter.plugins.map((plugin) => requireCached(nodeRequire.resolve(plugin), overrides)) };
}

/** The files prettier 3's resolveConfig reads in each folder from the file up (besides package.json and package.yaml), and .editorconfig. */
const CONFIG_FILES = [
  ...["", ".json", ".yaml", ".yml", ".json5", ".toml", ".js", ".mjs", ".cjs", ".ts", ".mts", ".cts"].map((ext) => `.prettierrc${ext}`),
  ...["js", "mjs", "cjs", "ts", "mts", "cts"].map((ext) => `prettier.config.${ext}`),
  ".editorconfig",
];

/** Whether a folder from the file's up holds a prettier configuration (or an .editorconfig) that resolveConfig would read. */
function hasProjectConfig(path: string): boolean {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (CONFIG_FILES.some((name) => existsSync(join(dir, name)))) return true;
    if (existsSync(join(dir, "package.yaml")) && /^prettier:/m.test(readFileSync(join(dir, "package.yaml"), "utf8"))) return true;
    if (existsSync(join(dir, "package.json"))) {
      try {
        if ("prettier" in JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))) return true;
      } catch {
        return true; // prettier reads it and says what is wrong
      }
    }
    if (dirname(dir) === dir) return false;
  }
}

/**
 * The user's prettier options for a file at `path` (its .prettierrc, package.json "prettier", .editorconfig),
 * through prettier's own resolveConfig, loaded only when a snippet is formatted. What decides how the
 * snippet parses (parser, plugins) stays snipgen's.
 */
async function projectOptions(path: string): Promise<Record<string, unknown>> {
  // Loading prettier's configuration machinery costs more than formatting a snippet: only where there is something to find.
  if (!hasProjectConfig(path)) return {};
  const { resolveConfig } = nodeRequire("prettier") as { resolveConfig(path: string, options: object): Promise<Record<string, unknown> | null> };
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
