import { join, resolve } from "node:path";
import type { Argv } from "yargs";
import { command, DEFAULT_PROTOCOL, findCode, loadProtocol, PROTOCOL_IDS, type ProtocolId } from "../../protocols/index.js";
import type { Protocol } from "../../protocols/types.js";
import { InternalError, RefusedError, UsageError } from "../errors.js";
import { generate, lookupCode } from "../generate.js";
import { Messages, usageError } from "../i18n/catalog.js";
import { isLang, LANGS, resolveLang, type Lang } from "../i18n/languages.js";
import { toCard } from "../output/card.js";
import { responseDate } from "../output/date.js";
import { exportCatalog, type ExportFormat } from "../output/export.js";
import { writeFiles } from "../output/files.js";
import { toJson } from "../output/json.js";
import { toMarkdown } from "../output/markdown.js";
import { toText } from "../output/text.js";
import { loadRegistry, type Registry } from "../registry/targets.js";
import type { Style, Target } from "../registry/types.js";
import { unsupportedReason } from "../render/context.js";
import { findConfig, withConfig } from "./config.js";
import { checkOptionValues, parseFast, type Args } from "./fast-args.js";
import { listCodes, listTargets } from "./lists.js";
import { completions, completionScript, SHELLS } from "./completion.js";
import { COMMANDS, OPTIONS, parseBody, parseCode, parseHeader, parsePort, type OutputFormat } from "./options.js";

/** -f values, repeated or comma-separated (`-f a,b`). */
function frameworkNames(args: Args): string[] {
  return ((args.framework as string[] | undefined) ?? [])
    .flatMap((n) => n.split(","))
    .map((n) => n.trim())
    .filter(Boolean);
}

const protocolOf = (args: Args): Promise<Protocol> => loadProtocol(args.protocol as ProtocolId);

/** The protocol's targets, with --templates DIR's on top. */
const registryOf = (protocol: Protocol, args: Args): Registry => loadRegistry(protocol.id, args.templates === undefined ? undefined : String(args.templates));

/** The language of a command's text: --lang (or the project's `language`), else the environment's. */
const messagesOf = (args: Args): Messages => new Messages(resolveLang(args.lang));

/** What a command prints: its output, and notes for stderr (refusals when several targets were asked for). */
interface Printed {
  stdout: string;
  stderr: string;
}

/** The same code in the other protocols, each as [protocol, reason]: for hints and the card. */
async function elsewhere(protocol: Protocol, code: number): Promise<[Protocol, string][]> {
  const others = await Promise.all(PROTOCOL_IDS.filter((id) => id !== protocol.id).map(loadProtocol));
  return others.flatMap((p) => {
    const entry = findCode(p, code);
    return entry ? [[p, entry.reason] as [Protocol, string]] : [];
  });
}

async function snippetCommand(args: Args): Promise<Printed> {
  const protocol = await protocolOf(args);
  const code = parseCode(args.code, protocol);
  if (!findCode(protocol, code) && !args["allow-unknown"]) {
    // A code of another protocol only (486 is SIP's): name it and the command that shows it.
    const [other] = await elsewhere(protocol, code);
    if (other)
      throw usageError("error.otherProtocolCode", {
        code,
        protocol: protocol.title,
        other: other[0].title,
        reason: other[1],
        command: command(other[0], String(code)),
      });
  }
  const registry = registryOf(protocol, args);
  const named = frameworkNames(args);
  if (args.all && named.length) throw new UsageError("--all and --framework contradict each other; give one");
  const format = args.format as OutputFormat | undefined;
  if (args.out !== undefined && format !== undefined) throw new UsageError("--out writes code files; drop --format");
  if (args.out !== undefined && !args.all && !named.length) throw new UsageError("--out needs --framework or --all to know what to write");
  const everything = Boolean(args.all) || (format === "markdown" && !named.length);
  const targets = everything ? registry.targets : [...new Set(named.map((n) => findTarget(registry, protocol, n)))];
  // Several targets named: each that cannot answer gets a line on stderr, the others are printed
  // (--out stays all or nothing: it refuses the whole set rather than write part of it).
  const several = !everything && targets.length > 1 && args.out === undefined;
  const overrides = {
    body: parseBody(args.body as string | undefined, args["no-body"] as boolean | undefined, args["content-type"] as string | undefined, protocol.bodyFormat),
    headers: ((args.header as string[] | undefined) ?? []).map(parseHeader),
    route: args.route === undefined ? protocol.defaults.route : String(args.route),
    method: args.method === undefined ? undefined : String(args.method),
    problem: Boolean(args.problem),
  };
  const date = responseDate();
  const msg = messagesOf(args);
  const generated = await generate({
    protocol,
    code,
    targets,
    style: args.style as Style,
    numeric: Boolean(args.numeric),
    prettier: !args["no-format"],
    overrides,
    skipUnsupported: everything || several,
    allowUnknown: Boolean(args["allow-unknown"]),
    // Prettier follows the project the snippet goes into: the --out file, else a file of that name here.
    projectFile: args["no-config"]
      ? undefined
      : (t) => resolve(args.out === undefined ? process.cwd() : join(String(args.out), t.id), t.filename[args.style as Style]),
  });
  if (several && !generated.snippets.length) throw new RefusedError(generated.unsupported.map((u) => u.reason));
  const notes = several ? generated.unsupported.map((u) => `snipgen: ${u.reason}\n`).join("") : "";
  const print = (stdout: string): Printed => ({ stdout, stderr: notes });
  if (args.out !== undefined) return print(writeFiles(String(args.out), generated.snippets).join("\n") + "\n");
  const chosen: OutputFormat = format ?? (everything ? "markdown" : "text");
  if (chosen === "json") return print(toJson(generated, msg));
  if (chosen === "markdown") return print(toMarkdown(generated, date, msg));
  if (targets.length) return print(toText(generated, targets.length > 1));
  // The card names only the targets that can send this response.
  const able = registry.targets.filter((t) => unsupportedReason(protocol, t, generated.spec) === null);
  return print(toCard(generated, able, date, msg, await elsewhere(protocol, code)));
}

/** Help examples, written with the first targets of the registry so they always name real ones. */
function examples(targets: readonly Target[]): [string, string][] {
  const pick = (i: number): Target => targets[i % targets.length]!;
  const [a, b, c, d, e] = [pick(0), pick(1), pick(2), pick(3), pick(4)];
  return [
    ["$0 202", "What 202 means, and its response on the wire"],
    [`$0 202 -f ${a.id}`, `A ${a.title} handler answering 202 Accepted`],
    [`$0 404 -f ${b.id} -f ${c.id} --style app`, `Complete ${b.title} and ${c.title} programs answering 404`],
    ["$0 202 --all > 202.md", "The reference page with every framework"],
    [`$0 201 -f ${d.id} --body '{"id": 7}' -H 'Location: /items/7'`, "Your own body and header"],
    [`$0 429 -f ${e.id} --format json`, "The exact response and the code, for tools"],
    ["$0 export site/", "Every code's page, plus an index"],
    ["$0 serve --sip", "A local mock: GET /429 answers 429 as the model says, sip:486@127.0.0.1:5060 answers 486"],
  ];
}

/** `snipgen serve`'s options, checked: which listeners, on which ports. */
function serveOptions(args: Args) {
  const sipOnly = Boolean(args["sip-only"]);
  const sip = sipOnly || Boolean(args.sip) || args["sip-port"] !== undefined;
  if (sipOnly && args.port !== undefined) throw new UsageError("--port is the HTTP port, and --sip-only serves no HTTP; give one");
  const host = String(args.host).trim();
  if (host === "") throw new UsageError("--host needs an address");
  return {
    host,
    httpPort: sipOnly ? null : parsePort(args.port ?? 8080, "--port"),
    sipPort: sip ? parsePort(args["sip-port"] ?? 5060, "--sip-port") : null,
    quiet: Boolean(args.quiet),
  };
}

export interface Handlers {
  snippet(args: Args): Promise<void> | void;
  list(args: Args): Promise<void> | void;
  codes(args: Args): Promise<void> | void;
  export(args: Args): Promise<void> | void;
  completion(args: Args): Promise<void> | void;
  serve(args: Args): Promise<void> | void;
}

/** The full command-line parser: help, version, sub-commands and the messages for every misuse. */
export function buildParser(yargs: (argv: string[]) => Argv, argv: string[], targets: readonly Target[], hint: Target | undefined, on: Handlers): Argv {
  return yargs(argv)
    .scriptName("snipgen")
    .parserConfiguration({ "boolean-negation": false, "duplicate-arguments-array": true, "greedy-arrays": false })
    .command(
      COMMANDS.list.usage,
      COMMANDS.list.description,
      (y) => y.options(COMMANDS.list.options),
      (a) => on.list(a),
    )
    .command(
      COMMANDS.codes.usage,
      COMMANDS.codes.description,
      (y) => y.options(COMMANDS.codes.options),
      (a) => on.codes(a),
    )
    .command(
      COMMANDS.export.usage,
      COMMANDS.export.description,
      (y) => y.positional("dir", { type: "string", describe: "Folder to write into" }).options(COMMANDS.export.options),
      (a) => on.export(a),
    )
    .command(
      COMMANDS.completion.usage,
      COMMANDS.completion.description,
      (y) => y.positional("shell", { type: "string", choices: SHELLS as unknown as string[], default: "bash", describe: "The shell" }),
      (a) => on.completion(a),
    )
    .command(
      COMMANDS.serve.usage,
      COMMANDS.serve.description,
      (y) =>
        y
          .options(COMMANDS.serve.options)
          .example([
            ["$0 serve", "HTTP on 127.0.0.1:8080: curl -i localhost:8080/429 answers 429 Too Many Requests with Retry-After"],
            ["$0 serve --port 0 --quiet", "Any free port (printed on stderr), no line per request"],
            ["$0 serve --sip", "Also SIP on UDP and TCP 5060: INVITE sip:486@127.0.0.1:5060 gets 486 Busy Here"],
            ["$0 serve --sip-only --sip-port 5070", "SIP only, on port 5070"],
          ])
          .epilog(
            "HTTP: /<code>, /status/<code>, /status/200:3,503:1 (weighted), ?delay=MS, ?body=<JSON>, ?problem, ?header=Name:value; GET / lists them. " +
              "SIP: the Request-URI's user part is the code; OPTIONS sip:host gets 200 with Allow; ACK is absorbed.",
          ),
      (a) => on.serve(a),
    )
    .command(
      "$0 <code>",
      "Print code that answers with this status code",
      (y) => y.positional("code", { type: "string", describe: "Status code, e.g. 202" }).options(OPTIONS),
      (a) => on.snippet(a),
    )
    .example(examples(targets))
    .epilog("Exit codes: 0 success, 1 internal or template failure, 2 bad input.")
    .strict()
    .help()
    .alias("help", "h")
    .version()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      const invalid = /^Invalid values:\s*Argument: ([\w-]+), Given: (".*?"), Choices: (.*)$/s.exec(msg ?? "");
      if (invalid) throw new UsageError(`--${invalid[1]} ${invalid[2]} is not one of ${invalid[3]!.replace(/"/g, "").trim()}`);
      const unknown = /^Unknown arguments?: (.*)$/s.exec(msg ?? "");
      if (unknown) {
        // `snipgen serve 429`: serve answers every code, which the request names.
        if (argv[0] === "serve" && argv.some((a) => /^\d{3}$/.test(a)))
          throw new UsageError("snipgen serve answers every code: start it, then ask /<code> (HTTP) or sip:<code>@host (SIP)");
        const names = unknown[1]!.split(", ").map((n) => (n.length === 1 ? `-${n}` : `--${n}`));
        throw new UsageError(`unknown option${names.length > 1 ? "s" : ""} ${names.join(", ")}: see snipgen --help`);
      }
      if (msg?.startsWith("Not enough non-option arguments")) {
        const example = hint ?? targets[0]!;
        throw usageError("error.missingCode", {
          example: command({ id: example.protocol }, `${example.protocol === DEFAULT_PROTOCOL ? 202 : 200} -f ${example.id}`),
        });
      }
      throw err instanceof UsageError || err instanceof InternalError ? err : new UsageError(msg ?? err?.message ?? "invalid arguments");
    });
}

/** Runs the CLI; returns what to print and the exit code (0 ok, 1 internal failure, 2 bad input). */
function exportedCode(text: string, protocols: Protocol[]): number {
  if (protocols.length === 1) return lookupCode(protocols[0]!, parseCode(text, protocols[0]!)).code;
  const code = Number(text);
  if (!/^\d+$/.test(text) || !protocols.some((p) => findCode(p, code)))
    throw new UsageError(`--codes: ${JSON.stringify(text)} is not a status code of ${protocols.map((p) => p.title).join(" or ")}`);
  return code;
}

/**
 * A target by id or alias; one that belongs to another protocol is named with its protocol and the
 * command shape that reaches it.
 */
function findTarget(registry: Registry, protocol: Protocol, name: string): Target {
  try {
    return registry.find(name);
  } catch (err) {
    for (const id of PROTOCOL_IDS.filter((p) => p !== protocol.id)) {
      const other = loadRegistry(id).targets.find((t) => t.id === name.toLowerCase() || t.aliases.includes(name.toLowerCase()));
      if (other)
        throw usageError("error.otherProtocolTarget", {
          name: other.id,
          id,
          other: id.toUpperCase(),
          protocol: protocol.title,
          command: `snipgen ${id} <code> -f ${other.id}`,
          list: `snipgen list --protocol ${id}`,
        });
    }
    throw err;
  }
}

/** `snipgen sip 486 ...` is `snipgen 486 --protocol sip ...`: the protocol may come first, as a word. */
export function protocolFirst(argv: string[]): string[] {
  const [first, ...rest] = argv;
  if (first === undefined || !(PROTOCOL_IDS as string[]).includes(first)) return argv;
  if (rest[0] === "serve") throw new UsageError(`snipgen serve answers both protocols: snipgen serve --sip (HTTP and SIP) or --sip-only`);
  if (rest.some((t) => t === "--protocol" || t === "-p" || t.startsWith("--protocol=")))
    throw new UsageError(`the protocol is given twice (${first} and --protocol); give it once`);
  return [...rest, "--protocol", first];
}

/** The language argv asks for (--lang X, --lang=X), where it is one of ours: for the messages of errors. */
function langOfArgv(argv: string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") break;
    const value = argv[i] === "--lang" ? argv[i + 1] : argv[i]!.startsWith("--lang=") ? argv[i]!.slice("--lang=".length) : undefined;
    if (value !== undefined) return isLang(value) ? value : undefined;
  }
  return undefined;
}

export async function run(argv: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  // Errors speak the language asked for: --lang (the project's `language` once read), else the environment's.
  let lang = resolveLang(langOfArgv(argv));
  try {
    // The shell completion scripts ask for candidates: answered before anything else, and never an error.
    if (argv[0] === "__complete") return { stdout: await completions(argv.slice(1)), stderr: "", exitCode: 0 };
    argv = protocolFirst(argv);
    // Checked as given, before the project's defaults are added (a bad flag is the user's, not the file's).
    const given = checkOptionValues(argv);
    if (given) throw new UsageError(given);
    argv = argv.includes("--no-config") ? argv : withConfig(argv, findConfig(process.cwd()));
    lang = resolveLang(langOfArgv(argv));
    const misuse = checkOptionValues(argv);
    if (misuse) throw new UsageError(misuse);
    const fast = parseFast(argv);
    if (fast) return { ...(await snippetCommand(fast)), exitCode: 0 };
    let stdout = "";
    let stderr = "";
    let helpOutput = "";
    const { default: yargs } = await import("yargs");
    // A missing code's hint names a target of the protocol asked for (snipgen sip: a SIP stack).
    const asked = argv[argv.indexOf("--protocol") + 1];
    const hinted = (PROTOCOL_IDS as string[]).includes(asked ?? "") ? (asked as ProtocolId) : DEFAULT_PROTOCOL;
    const parser = buildParser(yargs, argv, loadRegistry(DEFAULT_PROTOCOL).targets, loadRegistry(hinted).targets[0], {
      snippet: async (a) => {
        ({ stdout, stderr } = await snippetCommand(a));
      },
      list: async (a) => {
        stdout = await listTargets(registryOf(await protocolOf(a), a), a.format as OutputFormat | undefined, messagesOf(a));
      },
      completion: (a) => {
        stdout = completionScript(String(a.shell));
      },
      codes: async (a) => {
        stdout = listCodes(await protocolOf(a), a.format as OutputFormat | undefined, messagesOf(a));
      },
      export: async (a) => {
        // Every protocol unless one is named (or frameworks, which belong to one: the default unless named).
        const named = frameworkNames(a);
        const ids = a.protocol !== undefined ? [a.protocol as ProtocolId] : named.length ? [DEFAULT_PROTOCOL] : PROTOCOL_IDS;
        const parts = await Promise.all(
          ids.map(async (id) => {
            const protocol = await loadProtocol(id);
            const registry = registryOf(protocol, a);
            return { protocol, targets: named.length ? named.map((n) => registry.find(n)) : registry.targets };
          }),
        );
        // --codes: each must be known to the protocol (to one of them, when several are exported).
        const codes =
          a.codes === undefined
            ? undefined
            : String(a.codes)
                .split(",")
                .map((c) =>
                  exportedCode(
                    c.trim(),
                    parts.map((p) => p.protocol),
                  ),
                );
        // A progress line, rewritten in place, only for a person watching a terminal.
        const progress =
          process.stderr.isTTY && !a.quiet ? (done: number, total: number) => process.stderr.write(`\rsnipgen: export ${done}/${total} pages`) : undefined;
        // --lang all: every language, each in DIR/<lang>/; else the one asked for (or the environment's).
        const byLanguage = a.lang === "all";
        const msg = messagesOf(a);
        const langs = byLanguage ? LANGS : [msg.lang];
        const written = await exportCatalog(String(a.dir), parts, {
          style: a.style as Style,
          date: responseDate(),
          langs,
          byLanguage,
          codes,
          progress,
          format: a.format as ExportFormat,
        });
        if (progress) process.stderr.write("\n");
        stdout = msg.t("export.wrote", { count: written.length, dir: String(a.dir) }) + "\n";
      },
      serve: async (a) => {
        const options = serveOptions(a);
        // Loaded only here: no other run pays for the servers.
        const { serve } = await import("../serve/index.js");
        await serve(options);
      },
    });
    await parser.parseAsync(argv, {}, (err, _argv, output) => {
      if (!err) helpOutput = output;
    });
    const text = stdout || helpOutput;
    return { stdout: text && !text.endsWith("\n") ? text + "\n" : text, stderr, exitCode: 0 };
  } catch (err) {
    const exitCode = err instanceof UsageError ? 2 : 1;
    const translated =
      err instanceof UsageError && err.translatable && lang !== "en" ? new Messages(lang).t(err.translatable.key, err.translatable.params) : undefined;
    const text = translated ?? (err instanceof UsageError || err instanceof InternalError ? err.message : `internal error: ${(err as Error).stack ?? err}`);
    // yargs writes some messages over several lines ("Invalid values:\n  Argument: ..."): one line here.
    const line = exitCode === 2 ? text.replace(/:\s*\n\s*/g, ": ").replace(/\s*\n\s*/g, "; ") : text;
    const lines = err instanceof RefusedError ? err.reasons : [line];
    return { stdout: "", stderr: lines.map((l) => `snipgen: ${l}\n`).join(""), exitCode };
  }
}
