import { loadProtocol, PROTOCOL_IDS, type ProtocolId } from "../../protocols/index.js";
import { LANGS, LANGUAGE_NAMES } from "../i18n/languages.js";
import { EXPORT_FORMATS } from "../output/export.js";
import { loadRegistry } from "../registry/targets.js";
import { STYLES } from "../registry/types.js";
import { COMMANDS, FORMATS, OPTIONS } from "./options.js";

/**
 * Shell completion: `snipgen completion bash|zsh|fish` prints a script that asks `snipgen __complete
 * <words>` (the words after "snipgen", the last one being completed) for candidates, one per line as
 * "value<TAB>description". The candidates come from the same option schema, registry and code model
 * as the rest of the CLI, so a new target, code or option completes without touching this file.
 */
export const SHELLS = ["bash", "zsh", "fish"] as const;

const SCRIPTS: Record<(typeof SHELLS)[number], string> = {
  bash: `# snipgen completion for bash. Load it from ~/.bashrc:  source <(snipgen completion bash)
_snipgen_complete() {
  local IFS=$'\\n'
  local found
  found=($(snipgen __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null | cut -f1))
  COMPREPLY=("\${found[@]}")
}
# With no candidate (a folder for --out, a file for --body @), bash completes file names.
complete -o default -F _snipgen_complete snipgen
`,
  zsh: `#compdef snipgen
# snipgen completion for zsh. Load it from ~/.zshrc (after compinit):  source <(snipgen completion zsh)
_snipgen() {
  local -a found
  local line
  for line in "\${(@f)$(snipgen __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}"; do
    [[ -z $line ]] && continue
    found+=("\${\${line%%$'\\t'*}//:/\\\\:}:\${line#*$'\\t'}")
  done
  if (( \${#found} )); then _describe -t values snipgen found; else _files; fi
}
compdef _snipgen snipgen
`,
  fish: `# snipgen completion for fish. Load it:  snipgen completion fish > ~/.config/fish/completions/snipgen.fish
function __snipgen_complete
    set -l words (commandline -opc)
    set -e words[1]
    snipgen __complete $words (commandline -ct) 2>/dev/null
end
complete -c snipgen -f -a '(__snipgen_complete)'
`,
};

export function completionScript(shell: string): string {
  return SCRIPTS[shell as (typeof SHELLS)[number]];
}

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const SIP_METHODS = ["INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS", "PRACK", "SUBSCRIBE", "NOTIFY", "PUBLISH", "INFO", "REFER", "MESSAGE", "UPDATE"];

type Candidate = [value: string, description: string];

/** The option name a word is (`--style`, `-f`), or null. */
function optionOf(word: string): string | null {
  for (const [name, schema] of Object.entries(OPTIONS)) {
    const alias = (schema as { alias?: string }).alias;
    if (word === `--${name}` || (alias && word === (alias.length === 1 ? `-${alias}` : `--${alias}`))) return name;
  }
  for (const command of Object.values(COMMANDS)) if (word.startsWith("--") && word.slice(2) in command.options) return word.slice(2);
  return null;
}

/** The candidates for the last word of `words` (the words after "snipgen"). */
export async function completions(words: string[]): Promise<string> {
  const current = words.at(-1) ?? "";
  const before = words.slice(0, -1);
  const protocolWord = PROTOCOL_IDS.find((p) => before[0] === p);
  const flagged = before.findIndex((w) => w === "--protocol" || w === "-p");
  const protocolId = (protocolWord ?? (flagged >= 0 ? before[flagged + 1] : undefined) ?? PROTOCOL_IDS[0]) as ProtocolId;
  const protocol = await loadProtocol((PROTOCOL_IDS as string[]).includes(protocolId) ? protocolId : PROTOCOL_IDS[0]!);
  const codes = (): Candidate[] => protocol.codes.map((c) => [String(c.code), c.reason]);
  const previous = before.length ? optionOf(before.at(-1)!) : null;
  const positionals = before.filter((w, i) => !w.startsWith("-") && !(i > 0 && optionOf(before[i - 1]!) && !isFlag(before[i - 1]!)));
  const command = positionals.find((w) => w in COMMANDS && w !== protocolWord);

  let found: Candidate[] = [];
  if (previous && !isFlag(before.at(-1)!)) {
    found = valuesOf(previous);
  } else if (current.startsWith("-")) {
    const names = command ? Object.keys(COMMANDS[command as keyof typeof COMMANDS].options) : Object.keys(OPTIONS);
    found = [...names.map((n): Candidate => [`--${n}`, descriptionOf(n)]), ["--help", "Show help"]];
  } else if (command === "completion") {
    found = positionals.length === 1 ? SHELLS.map((s): Candidate => [s, `the ${s} script`]) : [];
  } else if (!command && positionals.filter((w) => w !== protocolWord).length === 0) {
    found = [
      ...(positionals.length === 0 ? Object.entries(COMMANDS).map(([name, c]): Candidate => [name, c.description]) : []),
      ...(positionals.length === 0 ? PROTOCOL_IDS.map((p): Candidate => [p, `${p.toUpperCase()} status codes`]) : []),
      ...codes(),
    ];
  }
  return found
    .filter(([value]) => value.startsWith(current))
    .map(([value, description]) => `${value}\t${description.replace(/\s+/g, " ")}\n`)
    .join("");

  function isFlag(word: string): boolean {
    const name = optionOf(word);
    const schema = name ? ((OPTIONS as Record<string, { type: string }>)[name] ?? findCommandOption(name)) : undefined;
    return schema?.type === "boolean";
  }

  function valuesOf(option: string): Candidate[] {
    if (option === "framework") {
      return loadRegistry(protocol.id).targets.flatMap((t) => [[t.id, t.title] as Candidate, ...t.aliases.map((a): Candidate => [a, `${t.title} (${t.id})`])]);
    }
    if (option === "style") return STYLES.map((s): Candidate => [s, s === "handler" ? "the handler with its imports" : "a complete program"]);
    if (option === "format") return (command === "export" ? EXPORT_FORMATS : FORMATS).map((f): Candidate => [f, f]);
    if (option === "protocol") return PROTOCOL_IDS.map((p): Candidate => [p, `${p.toUpperCase()} status codes`]);
    if (option === "method") return (protocol.id === "sip" ? SIP_METHODS : HTTP_METHODS).map((m): Candidate => [m, m]);
    if (option === "codes") return codes();
    if (option === "lang")
      return [
        ...LANGS.map((l): Candidate => [l, LANGUAGE_NAMES[l]]),
        ...(command === "export" ? [["all", "every language, each in DIR/<lang>/"] as Candidate] : []),
      ];
    return []; // a free value (a route, a body, a folder): the shell's own file completion
  }
}

function findCommandOption(name: string): { type: string } | undefined {
  for (const command of Object.values(COMMANDS)) if (name in command.options) return (command.options as Record<string, { type: string }>)[name];
  return undefined;
}

function descriptionOf(name: string): string {
  const schema = (OPTIONS as Record<string, { description?: string }>)[name] ?? (findCommandOption(name) as { description?: string } | undefined);
  return schema?.description ?? name;
}
