import { readFileSync } from "node:fs";
import { DEFAULT_PROTOCOL, PROTOCOL_IDS } from "../../protocols/index.js";
import type { BodyOverride, Header, Protocol } from "../../protocols/types.js";
import { UsageError } from "../errors.js";
import { usageError } from "../i18n/catalog.js";
import { LANGS } from "../i18n/languages.js";
import { JsonSyntaxError, parseJson, type JsonValue } from "../json/ordered-json.js";
import { EXPORT_FORMATS } from "../output/export.js";
import { STYLES } from "../registry/types.js";

export const FORMATS = ["text", "markdown", "json"] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** The declared option schema: one place for names, types, defaults and help text. */
export const OPTIONS = {
  framework: { alias: "f", type: "string", array: true, description: "Framework id or alias, repeatable or comma-separated (-f ID,ID); see `snipgen list`" },
  all: { alias: "a", type: "boolean", description: "Every framework, as the Markdown reference page" },
  style: {
    type: "string",
    choices: STYLES as unknown as string[],
    default: "handler",
    description: "handler: the handler with its imports; app: a complete program that starts the server",
  },
  format: {
    type: "string",
    choices: FORMATS as unknown as string[],
    description: "Output: text (code only; default with -f), markdown (default with --all), json",
  },
  body: { type: "string", description: "Response body: JSON for HTTP, text for SIP (with --content-type); @file reads it from a file" },
  "content-type": { type: "string", description: "SIP: the media type of --body (application/sdp, text/plain, ...)" },
  "no-body": { type: "boolean", description: "Answer without a body (and without Content-Type)" },
  header: { alias: "H", type: "string", array: true, description: 'Extra or replacement header "Name: value" (repeatable)' },
  route: { type: "string", description: "Route the handler answers, {name} for a path parameter: /items/{id} (default: /endpoint for HTTP)" },
  method: { type: "string", description: "Method the handler answers (default: the code's typical one: 201 POST, 204 DELETE, 405 DELETE, ...; else GET)" },
  problem: { type: "boolean", description: "Answer an error (4xx, 5xx) with an RFC 9457 problem details body (application/problem+json)" },
  numeric: { type: "boolean", description: "Write status codes as numbers instead of framework constants" },
  out: { type: "string", description: "Write one file per framework into DIR/<framework>/ instead of printing" },
  "no-format": { type: "boolean", description: "Skip prettier (JavaScript, Java output is printed as templated)" },
  templates: { type: "string", description: "Use DIR/<protocol>/<framework>.hbs instead of (or besides) the built-in templates" },
  "no-config": { type: "boolean", description: 'Ignore the project\'s defaults (.snipgenrc.json, package.json "snipgen") and its prettier configuration' },
  "allow-unknown": { type: "boolean", description: "Accept a code in range that the model lacks, with its class's defaults" },
  protocol: {
    alias: "p",
    type: "string",
    choices: PROTOCOL_IDS as unknown as string[],
    default: DEFAULT_PROTOCOL,
    description: "Protocol of the status code (also as the first word: snipgen sip 486)",
  },
  lang: {
    type: "string",
    choices: LANGS as unknown as string[],
    description: `Language of the page, the card, descriptions and messages: ${LANGS.join(", ")} (default: from LC_ALL, LC_MESSAGES or LANG, else en); code stays code`,
  },
} as const;

/** `snipgen serve`'s options (its own command: none of them reaches the snippet parser). */
export const SERVE_OPTIONS = {
  host: { type: "string", default: "127.0.0.1", description: "Address to listen on (127.0.0.1: this machine only; 0.0.0.0: every interface)" },
  port: { type: "string", description: "HTTP port (default 8080; 0: any free port, printed on stderr)" },
  sip: { type: "boolean", description: "Also answer SIP over UDP and TCP: sip:<code>@host:<sip-port>" },
  "sip-port": { type: "string", description: "SIP port, UDP and TCP alike (default 5060; implies --sip)" },
  "sip-only": { type: "boolean", description: "Answer SIP only, no HTTP" },
  quiet: { type: "boolean", description: "No log line per request on stderr" },
} as const;

/** A port number of an option: 0 to 65535. */
export function parsePort(raw: unknown, flag: string): number {
  const text = String(raw);
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw new UsageError(`${flag} ${JSON.stringify(text)} is not a port (0 to 65535)`);
  return Number(text);
}

/** The sub-commands: what each does and the options it takes (help, completion and yargs read this). */
export const COMMANDS = {
  list: {
    usage: "list",
    description: "List the frameworks: id, title, language, aliases, formatter",
    options: { protocol: OPTIONS.protocol, format: OPTIONS.format, lang: OPTIONS.lang, "no-config": OPTIONS["no-config"] },
  },
  codes: {
    usage: "codes",
    description: "List the status codes: code, reason, class, official, RFC",
    options: { protocol: OPTIONS.protocol, format: OPTIONS.format, lang: OPTIONS.lang, "no-config": OPTIONS["no-config"] },
  },
  export: {
    usage: "export <dir>",
    description: "Write the whole catalog: one page per code and protocol (Markdown, or HTML), and indexes",
    options: {
      protocol: {
        ...OPTIONS.protocol,
        default: undefined,
        description: "Only this protocol (default: every protocol, each in DIR/<protocol>/, with DIR/index.md or .html)",
      },
      style: OPTIONS.style,
      framework: OPTIONS.framework,
      codes: { type: "string", description: "Only these codes, comma-separated (default: every code of the model)" },
      lang: {
        ...OPTIONS.lang,
        choices: [...LANGS, "all"],
        description: "Language of the pages (as for a page), or all: each language in DIR/<lang>/, with DIR/index.md linking them",
      },
      format: {
        type: "string",
        choices: EXPORT_FORMATS as unknown as string[],
        default: "markdown",
        description: "markdown: .md pages; html: a static site (highlighted code, a copy button per snippet, a filter box on each index)",
      },
      "no-config": OPTIONS["no-config"],
      quiet: { type: "boolean", description: "No progress line (it is shown only when stderr is a terminal)" },
    },
  },
  completion: {
    usage: "completion [shell]",
    description: "Print the shell completion script: bash, zsh or fish",
    options: {},
  },
  serve: {
    usage: "serve",
    description: "Answer every status code as the model says: HTTP /<code> (and SIP with --sip) until Ctrl-C",
    options: SERVE_OPTIONS,
  },
} as const;

export function parseCode(raw: unknown, protocol: Protocol): number {
  const { min, max } = protocol.codeRange;
  const text = String(raw);
  if (text === "export") throw new UsageError("export needs a folder: snipgen export DIR");
  if (!/^\d+$/.test(text)) throw usageError("error.codeNotNumber", { value: JSON.stringify(text) });
  const code = Number(text);
  if (code < min || code > max) throw usageError("error.codeRange", { protocol: protocol.title, min, max, code: text });
  return code;
}

export function parseHeader(raw: string): Header {
  const colon = raw.indexOf(":");
  if (colon < 0) throw new UsageError(`-H ${JSON.stringify(raw)}: expected "Name: value"`);
  const name = raw.slice(0, colon).trim();
  if (name === "") throw new UsageError(`-H ${JSON.stringify(raw)}: the header name is empty`);
  return [name, raw.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, "")];
}

export function parseJsonBody(text: string, source: string): JsonValue {
  try {
    return parseJson(text);
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    throw new UsageError(`${source}: line ${err.line}, column ${err.column}: ${err.message}`);
  }
}

function readBodyFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`--body @${path}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot be read"}`);
  }
}

const MEDIA_TYPE = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+(\s*;\s*[A-Za-z0-9!#$&^_.+-]+=("[^"\r\n]*"|[A-Za-z0-9!#$&^_.+-]+))*$/;

/**
 * --body, --no-body and --content-type as the protocol reads a body: a JSON value (HTTP) or text with
 * its media type (SIP).
 */
export function parseBody(
  body: string | undefined,
  noBody: boolean | undefined,
  contentType: string | undefined,
  format: Protocol["bodyFormat"] = "json",
): BodyOverride {
  if (noBody && body !== undefined) throw new UsageError("--body and --no-body contradict each other; give one");
  if (format === "json" && contentType !== undefined) throw new UsageError("--content-type is for SIP bodies; an HTTP body is JSON (application/json)");
  if (format === "text" && contentType !== undefined && body === undefined) throw new UsageError("--content-type describes --body; give both");
  if (noBody) return { kind: "none" };
  if (body === undefined) return { kind: "model" };
  const file = body.startsWith("@") ? body.slice(1) : null;
  const text = file === null ? body : readBodyFile(file);
  if (format === "json") return { kind: "value", value: parseJsonBody(text, file === null ? "--body" : `--body @${file}`) };
  if (contentType === undefined) throw new UsageError("a SIP --body needs --content-type (for example application/sdp)");
  if (!MEDIA_TYPE.test(contentType))
    throw new UsageError(`--content-type ${JSON.stringify(contentType)} is not a media type (type/subtype, optional ;name=value)`);
  if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/.test(text))
    throw new UsageError("--body: a SIP body here is text: tab, CR and LF are its only control characters");
  return { kind: "text", text, contentType };
}
