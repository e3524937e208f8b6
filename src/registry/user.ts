import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../errors.js";
import type { Protocol } from "../model/types.js";
import { useUserTemplate } from "../render/templates.js";
import { addFramework, frameworksOf } from "./index.js";
import { STYLES, type FrameworkEntry, type Language } from "./types.js";

const LANGUAGES: Language[] = ["python", "javascript", "java", "go", "ruby", "csharp"];
const PARSERS = ["babel", "typescript", "java", "php"];

/** Checks a user framework's <id>.json and fills the defaults; every problem is one clear line. */
function readEntry(protocol: Protocol, id: string, path: string): FrameworkEntry {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new UsageError(`${path}: not valid JSON (${(err as Error).message})`);
  }
  const fail = (what: string): never => {
    throw new UsageError(`${path}: ${what}`);
  };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail("must be a JSON object");
  const language = raw.language as Language;
  if (!LANGUAGES.includes(language)) fail(`"language" must be one of ${LANGUAGES.join(", ")}`);
  const filename = raw.filename as Record<string, unknown> | undefined;
  if (!filename || STYLES.some((s) => typeof filename[s] !== "string" || !/^[\w.-]+$/.test(filename[s] as string))) {
    fail(`"filename" must name a plain file per style: {"handler": "...", "app": "..."}`);
  }
  const formatter = (raw.formatter ?? null) as { parser: string } | null;
  if (formatter !== null && !PARSERS.includes(formatter?.parser)) fail(`"formatter" must be null or {"parser": one of ${PARSERS.join(", ")}}`);
  const interim = (raw.interim ?? { codes: [], whyNot: "this template sends no interim responses" }) as FrameworkEntry["interim"];
  return {
    id,
    protocol,
    title: typeof raw.title === "string" ? raw.title : id,
    language,
    aliases: Array.isArray(raw.aliases) ? raw.aliases.map(String) : [],
    filename: filename as FrameworkEntry["filename"],
    formatter: formatter as FrameworkEntry["formatter"],
    docs: typeof raw.docs === "string" ? raw.docs : "",
    defaultPort: Number.isInteger(raw.defaultPort) ? (raw.defaultPort as number) : 8080,
    interim,
    constants: (raw.constants ?? {}) as Record<string, string>,
  };
}

/**
 * Loads --templates DIR (the layout of templates/): DIR/<protocol>/<id>.hbs replaces the built-in
 * template of framework <id>; a new <id> also needs DIR/<protocol>/<id>.json describing it.
 */
export function loadUserTemplates(dir: string, protocol: Protocol): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--templates ${dir}: no such directory`);
  const folder = join(dir, protocol);
  if (!existsSync(folder)) throw new UsageError(`--templates ${dir}: no ${protocol}/ folder inside (the layout is ${protocol}/<framework>.hbs)`);
  const files = readdirSync(folder).filter((f) => f.endsWith(".hbs"));
  if (!files.length) throw new UsageError(`--templates ${dir}: no .hbs files in ${folder}`);
  for (const file of files) {
    const id = file.slice(0, -4);
    if (!/^[a-z0-9][a-z0-9.-]*$/.test(id)) throw new UsageError(`${join(folder, file)}: framework ids are lower-case letters, digits, "." and "-"`);
    let fw = frameworksOf(protocol).find((f) => f.id === id);
    const meta = join(folder, `${id}.json`);
    if (existsSync(meta)) {
      fw = readEntry(protocol, id, meta);
      addFramework(fw);
    } else if (!fw) {
      throw new UsageError(`${join(folder, file)}: "${id}" is not a built-in framework, so it needs ${meta} (title, language, filename)`);
    }
    useUserTemplate(fw, join(folder, file));
  }
}
