import type { JsonValue, PlainJson } from "../src/json/ordered-json.js";

export type Header = [name: string, value: string];

/** A header a code requires or recommends, with an example value used when the user gives none. */
export interface HeaderRule {
  name: string;
  value: string;
  rule: "required" | "recommended";
  /** Why the header belongs to this code, in one short sentence. */
  why: string;
}

/** One status code as a protocol's model stores it (protocols/<protocol>/codes.json). */
export interface CodeEntry {
  code: number;
  /** Current reason phrase (RFC 9110 names for HTTP). */
  reason: string;
  official: boolean;
  /** For unofficial codes: who uses it ("nginx", "Cloudflare", "Laravel", ...); null for official ones. */
  origin: string | null;
  /** Defining document, e.g. "RFC 9110"; for unofficial codes the vendor's documentation name. */
  rfc: string;
  /** Section in that document, e.g. "15.3.3"; null where none. */
  section: string | null;
  /** Link to the section (or the vendor page for unofficial codes). */
  link: string;
  /** One paragraph in our own words. */
  description: string;
  /** The request method this code typically answers (201: POST, 204: DELETE, 405: one the resource refuses); absent: the protocol's default. */
  method?: string;
  /** False where the code forbids a body (HTTP: 1xx, 204, 205, 304): no body and no Content-Type. */
  bodyAllowed: boolean;
  /** Example values may hold `{route}`: the collection part of the request's route (the route up to its first parameter). */
  headers: HeaderRule[];
  /** The default example body (null where bodyAllowed is false). */
  body: PlainJson;
}

/** One message on the wire: what a snippet must answer, byte for byte where bytes are ours to choose. */
export interface WireMessage {
  status: number;
  reason: string;
  /** Ordered; Content-Type first when there is a body. */
  headers: Header[];
  /** Compact JSON text of the body, or null when there is none. */
  body: string | null;
  bodyValue: JsonValue | undefined;
  contentType: string | null;
}

/** The one normalized response every consumer (templates, wire preview, runtime tests) works from. */
export interface ResponseSpec extends WireMessage {
  protocol: string;
  /** The route as given, parameters in braces: /items/{id}. */
  route: string;
  /** The route's parameter names, in order. */
  params: string[];
  /** A request path that reaches the route: each parameter filled with an example value. */
  path: string;
  method: string;
  /** With --problem: the RFC 9457 members the body holds besides `instance` (which is the request's path). */
  problem: { type: string; title: string; status: number } | null;
  /** SIP: the request the response answers (its Via, From, To, Call-ID and CSeq come back in the response). */
  request?: { method: string; uri: string; headers: Header[] };
  /** For interim (1xx) codes: the final response sent after the interim one. */
  final: WireMessage | null;
}

/** The body asked for: the model's, none, a JSON value (HTTP), or text with its media type (SIP). */
export type BodyOverride = { kind: "model" } | { kind: "none" } | { kind: "value"; value: JsonValue } | { kind: "text"; text: string; contentType: string };

/** What the user asked for on top of the model: body, headers, route and method. */
export interface Overrides {
  body: BodyOverride;
  headers: Header[];
  route: string;
  /** Undefined: the code's typical method (the model's), else the protocol's default. */
  method?: string;
  /** Answer with an RFC 9457 problem details body (--problem). */
  problem?: boolean;
  /** The problem's `instance` (snipgen serve: the path asked); undefined: the route's example path. */
  instance?: string;
}

/** What a page's "try it" section knows of each target shown on it. */
export interface PageTarget {
  id: string;
  title: string;
  port: number;
  /** The app style's file name, and the command that starts it where one file is the whole program. */
  appFile: string;
  run: string | undefined;
  /** What to install first, where something is needed. */
  install: string | undefined;
}

/**
 * A catalogue message in the page's language (locales/<lang>/ui.json), by key, with its placeholders'
 * values: what a protocol's page section writes its prose with.
 */
export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** A piece of the reference page a protocol writes: a section heading, a paragraph or a code block. */
export type PageBlock = { heading: string } | { text: string } | { code: string; lang: string };

/** Everything snipgen knows of one protocol; the pipeline asks it, never the protocol's name. */
export interface Protocol {
  id: string;
  /** The name as people write it: "HTTP". */
  title: string;
  /** The codes that are in range at all (--allow-unknown accepts any of them). */
  codeRange: { min: number; max: number };
  /** Class names by first digit. */
  classNames: Readonly<Record<number, string>>;
  codes: readonly CodeEntry[];
  /** The codes people confuse each code with (protocols/<p>/related.json): the page's "More <protocol> codes" lists them first. */
  related: Readonly<Record<number, readonly number[]>>;
  /** Route and method a snippet answers when the user names none. */
  /** The route a handler answers when --route is not given (the method comes from the code, see CodeEntry.method). */
  defaults: { route: string };
  /** What its targets are called on pages: "framework", "SIP stack". */
  targetNoun: string;
  /** How --body is read: a JSON value (HTTP) or text with --content-type (SIP). */
  bodyFormat: "json" | "text";
  /** Info string of the Markdown fence around the wire preview. */
  wireFence: string;
  /** Codes no handler can send, with the reason. */
  notFromHandler: Readonly<Record<number, string>>;
  /** A code in range that the model lacks, with its class's defaults (--allow-unknown). */
  unknownEntry(code: number): CodeEntry;
  /** The ResponseSpec for a code and the user's overrides, after the protocol's rules; bad input is a UsageError. */
  buildResponse(entry: CodeEntry, overrides: Overrides): ResponseSpec;
  /** The response's headers as they cross the wire, where they are more than the spec's (SIP copies the request's); --format json shows them. */
  wireHeaders?(spec: ResponseSpec): Header[];
  /** The exact message on the wire (line endings shown as newlines). */
  wirePreview(spec: ResponseSpec, date: Date): string;
  /** The reference page's section on trying the response against a running snippet, its prose written with `t`. */
  tryItSection(code: number, spec: ResponseSpec, targets: PageTarget[], t: Translate): PageBlock[];
}
