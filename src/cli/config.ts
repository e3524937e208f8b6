import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { UsageError } from "../errors.js";
import { OPTIONS } from "./options.js";

/**
 * Project defaults: `.snipgenrc.json` in the working folder or the nearest folder above it, or else the
 * `snipgen` key of the nearest package.json on the way. Each key is an option's default; an option given
 * on the command line wins. `--no-config` ignores the files.
 */
export const CONFIG_FILE = ".snipgenrc.json";

/** Config key → the option it sets, and what its value must be. */
// "ofProtocol": the value belongs to the configured protocol (its frameworks, routes, methods), so it
// applies only when that protocol runs.
const KEYS: Record<string, { option: keyof typeof OPTIONS; kind: "names" | "string" | "boolean"; ofProtocol?: true }> = {
  frameworks: { option: "framework", kind: "names", ofProtocol: true },
  style: { option: "style", kind: "string" },
  route: { option: "route", kind: "string", ofProtocol: true },
  method: { option: "method", kind: "string", ofProtocol: true },
  numeric: { option: "numeric", kind: "boolean" },
  protocol: { option: "protocol", kind: "string" },
  language: { option: "lang", kind: "string" },
};

/** The sub-commands and the config keys each takes (the snippet command, the default, takes them all). */
const KEYS_OF_COMMAND: Record<string, string[]> = { list: ["protocol", "language"], codes: ["protocol", "language"], export: ["style", "language"] };
const OTHER_COMMANDS = ["completion", "serve"];

export interface ProjectConfig {
  file: string;
  /** Key → value, checked. */
  values: Record<string, unknown>;
}

/** The nearest config from `cwd` upwards, read and checked; null when there is none. */
export function findConfig(cwd: string): ProjectConfig | null {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const rc = join(dir, CONFIG_FILE);
    if (existsSync(rc)) return { file: rc, values: check(rc, readJson(rc)) };
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      const json = readJson(pkg);
      if (json && typeof json === "object" && !Array.isArray(json) && "snipgen" in json) {
        return { file: pkg, values: check(`${pkg} (key "snipgen")`, (json as Record<string, unknown>).snipgen) };
      }
    }
    if (dirname(dir) === dir) return null;
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new UsageError(`${file}: not valid JSON (${(err as Error).message})`);
  }
}

function check(where: string, raw: unknown): Record<string, unknown> {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new UsageError(`${where}: must be a JSON object of snipgen's defaults`);
  const values = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(values)) {
    const known = KEYS[key];
    if (!known) throw new UsageError(`${where}: unknown key "${key}" (known: ${Object.keys(KEYS).join(", ")})`);
    const fail = (what: string): never => {
      throw new UsageError(`${where}: "${key}" must be ${what}`);
    };
    if (known.kind === "boolean" && typeof value !== "boolean") fail("true or false");
    if (known.kind === "string" && (typeof value !== "string" || value.trim() === "")) fail("a non-empty string");
    if (known.kind === "names" && (!Array.isArray(value) || !value.length || value.some((v) => typeof v !== "string" || !v.trim())))
      fail('a list of framework ids, e.g. ["fastapi"]');
    const choices = (OPTIONS[known.option] as { choices?: readonly string[] }).choices;
    if (choices && !choices.includes(value as string)) fail(`one of ${choices.join(", ")}`);
  }
  return values;
}

/** The flags of an option: `--name` and its alias. */
function flagsOf(option: keyof typeof OPTIONS): string[] {
  const alias = (OPTIONS[option] as { alias?: string }).alias;
  return [`--${option}`, ...(alias ? [alias.length === 1 ? `-${alias}` : `--${alias}`] : [])];
}

/** Whether argv gives an option (by name, alias or `--name=value`). */
function gives(argv: string[], option: keyof typeof OPTIONS): boolean {
  const flags = flagsOf(option);
  return argv.some((t) => flags.includes(t) || flags.some((f) => f.startsWith("--") && t.startsWith(`${f}=`)));
}

/** The value argv gives a single-valued option, if any. */
function valueOf(argv: string[], option: keyof typeof OPTIONS): string | undefined {
  const flags = flagsOf(option);
  for (let i = 0; i < argv.length; i++) {
    const t = argv[i]!;
    if (flags.includes(t)) return argv[i + 1];
    const inline = flags.find((f) => f.startsWith("--") && t.startsWith(`${f}=`));
    if (inline) return t.slice(inline.length + 1);
  }
  return undefined;
}

/**
 * argv with the project's defaults added for the options it does not give (after protocolFirst, so a
 * protocol given as the first word counts as given). `--no-config` is honoured by the caller.
 * Configured frameworks, route and method belong to the configured protocol: they apply only when that
 * protocol runs (and frameworks not with --all).
 */
export function withConfig(argv: string[], config: ProjectConfig | null): string[] {
  if (!config) return argv;
  const first = argv.find((t) => !t.startsWith("-"));
  if (first && OTHER_COMMANDS.includes(first)) return argv;
  const allowed = first && first in KEYS_OF_COMMAND ? KEYS_OF_COMMAND[first]! : Object.keys(KEYS);
  if (argv.includes("--help") || argv.includes("-h") || argv.includes("--version")) return argv;
  const added: string[] = [];
  const protocolAsked = valueOf(argv, "protocol");
  const configuredProtocol = (config.values.protocol as string | undefined) ?? OPTIONS.protocol.default;
  const otherProtocol = protocolAsked !== undefined && protocolAsked !== configuredProtocol;
  for (const [key, value] of Object.entries(config.values)) {
    const { option, kind, ofProtocol } = KEYS[key]!;
    if (!allowed.includes(key) || gives(argv, option) || (ofProtocol && otherProtocol)) continue;
    if (kind === "names") {
      if (gives(argv, "all")) continue;
      added.push(`--${option}=${(value as string[]).join(",")}`);
    } else if (kind === "boolean") {
      if (value) added.push(`--${option}`);
    } else added.push(`--${option}=${value as string}`);
  }
  return [...argv, ...added];
}
