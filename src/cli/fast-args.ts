import { OPTIONS } from "./options.js";

export type Args = Record<string, unknown>;

type Spec = { alias?: string; type: string; array?: boolean; choices?: readonly string[]; default?: unknown };
const SPECS = OPTIONS as unknown as Record<string, Spec>;
const BY_FLAG = new Map<string, string>();
for (const [name, spec] of Object.entries(SPECS)) {
  BY_FLAG.set(`--${name}`, name);
  if (spec.alias) BY_FLAG.set(spec.alias.length === 1 ? `-${spec.alias}` : `--${spec.alias}`, name);
}

/**
 * A value that starts with "-" after an option that takes one (`--body -5`) would be read as flags;
 * say how to write it instead of letting the parser report a puzzling "Unknown argument: 5".
 */
export function checkDashValues(argv: string[]): string | null {
  for (let i = 0; i < argv.length - 1; i++) {
    const name = BY_FLAG.get(argv[i]!);
    const next = argv[i + 1]!;
    if (name && SPECS[name]!.type === "string" && next.startsWith("-") && next !== "-" && !BY_FLAG.has(next.split("=")[0]!)) {
      return `${argv[i]} ${next}: a value starting with "-" is read as an option; write ${argv[i]}=${next}`;
    }
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
    const eq = token.startsWith("--") ? token.indexOf("=") : -1;
    const flag = eq > 0 ? token.slice(0, eq) : token;
    const name = BY_FLAG.get(flag);
    if (!name) return null;
    const spec = SPECS[name]!;
    let value: unknown;
    if (spec.type === "boolean") {
      if (eq > 0) return null;
      value = true;
    } else {
      const next = eq > 0 ? token.slice(eq + 1) : argv[++i];
      // A value that looks like an option is ambiguous (yargs may read it as a flag): let yargs decide.
      if (next === undefined || (eq < 0 && next.startsWith("-"))) return null;
      if (spec.choices && !spec.choices.includes(next)) return null;
      value = next;
    }
    if (spec.array) args[name] = [...((args[name] as unknown[]) ?? []), value];
    else if (name in args) return null;
    else args[name] = value;
  }
  if (positional.length !== 1 || ["list", "codes"].includes(positional[0]!)) return null;
  for (const [name, spec] of Object.entries(SPECS)) if (!(name in args) && spec.default !== undefined) args[name] = spec.default;
  args.code = positional[0];
  return args;
}
