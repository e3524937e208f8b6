import { OPTIONS } from "./options.js";

export type Args = Record<string, unknown>;

/** An option as the schema declares it. */
type OptionSchema = { alias?: string; type: string; array?: boolean; choices?: readonly string[]; default?: unknown };
const SCHEMA = OPTIONS as unknown as Record<string, OptionSchema>;
const BY_FLAG = new Map<string, string>();
for (const [name, schema] of Object.entries(SCHEMA)) {
  BY_FLAG.set(`--${name}`, name);
  if (schema.alias) BY_FLAG.set(schema.alias.length === 1 ? `-${schema.alias}` : `--${schema.alias}`, name);
}

/** An option token (`--route`, `-f`, `--route=/x`): its flag, schema name and schema, and an inline value. */
function readOption(token: string): { flag: string; name: string; schema: OptionSchema; inline: string | undefined } | null {
  const eq = token.startsWith("--") ? token.indexOf("=") : -1;
  const flag = eq > 0 ? token.slice(0, eq) : token;
  const name = BY_FLAG.get(flag);
  return name ? { flag, name, schema: SCHEMA[name]!, inline: eq > 0 ? token.slice(eq + 1) : undefined } : null;
}

const isOption = (token: string) => readOption(token) !== null;

/**
 * Misuses both parsers would take silently or explain badly: an option that needs a value given none
 * (`-f` last, `--out --all`, `--route=`), a value starting with "-" (`--body -5`, read as options), and
 * a single-valued option given twice. Returns the message, or null.
 */
export function checkOptionValues(argv: string[]): string | null {
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === "--") break;
    const option = readOption(token);
    if (!option) continue;
    const { flag, name, schema, inline } = option;
    if (!schema.array && seen.has(name)) return `${flag} is given more than once; give it once`;
    seen.add(name);
    if (schema.type !== "string") continue;
    const value = inline ?? argv[i + 1];
    if (inline === undefined && value !== undefined && value.startsWith("-") && value !== "-" && !isOption(value)) {
      return `${flag} ${value}: a value starting with "-" is read as an option; write ${flag}=${value}`;
    }
    if (value === undefined || (inline === undefined && isOption(value)) || value.trim() === "") return `${flag} needs a value`;
    if (inline === undefined) i++;
  }
  return null;
}

/**
 * The common invocation (`snipgen <code> [known options]`) parsed from the same option schema yargs
 * uses, so a run does not pay for loading yargs. Returns null for anything it does not handle exactly
 * like yargs would (help, version, sub-commands, unknown or malformed options, invalid choices), and
 * the caller hands those to yargs, which also writes their messages.
 */
export function parseFast(argv: string[]): Args | null {
  const args: Args = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (!token.startsWith("-") || token === "-" || /^-\d/.test(token)) {
      positional.push(token);
      continue;
    }
    const option = readOption(token);
    if (!option) return null;
    const { name, schema, inline } = option;
    let value: unknown;
    if (schema.type === "boolean") {
      if (inline !== undefined) return null;
      value = true;
    } else {
      const next = inline ?? argv[++i];
      // A value that looks like an option is ambiguous (yargs may read it as a flag): let yargs decide.
      if (next === undefined || (inline === undefined && next.startsWith("-"))) return null;
      if (schema.choices && !schema.choices.includes(next)) return null;
      value = next;
    }
    if (schema.array) args[name] = [...((args[name] as unknown[]) ?? []), value];
    else if (name in args) return null;
    else args[name] = value;
  }
  if (positional.length !== 1 || ["list", "codes", "serve"].includes(positional[0]!)) return null;
  for (const [name, schema] of Object.entries(SCHEMA)) if (!(name in args) && schema.default !== undefined) args[name] = schema.default;
  args.code = positional[0];
  return args;
}
