import { UsageError } from "../../src/errors.js";
import { compactJson, fromPlain, MAX_DEPTH, TOO_DEEP, type JsonValue } from "../../src/json/ordered-json.js";
import { mergeHeaders } from "../headers.js";
import type { CodeEntry, Header, Overrides, ResponseSpec, WireMessage } from "../types.js";

export const DEFAULTS = { route: "/endpoint", method: "GET" } as const;
export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export const JSON_CONTENT_TYPE = "application/json";

/** Headers the frameworks compute themselves (or snipgen sets from the body): overriding them is unsafe. */
const MANAGED_HEADERS = ["content-type", "content-length", "transfer-encoding", "date", "connection", "server", "trailer", "upgrade-insecure-requests"];
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const SEGMENT = /^([A-Za-z0-9._~-]+|\{[a-z][a-z0-9_]*\})$/;
const PARAM = /^\{([a-z][a-z0-9_]*)\}$/;
/** The value a parameter takes in the example request (tests, curl lines, problem `instance`). */
export const PARAM_EXAMPLE = "42";
export const PROBLEM_CONTENT_TYPE = "application/problem+json";
/**
 * Names no parameter may take because some target language reserves them (a Python, Java, Go, Ruby,
 * C# or JavaScript keyword, or a name the handler signatures already use).
 */
const RESERVED_PARAMS = new Set(
  (
    "and as assert async await break case catch chan class const continue def default defer del delete do elif else end ensure enum except " +
    "export extends false final finally fn for from func global go goto if import in instanceof interface is lambda let map module new next " +
    "nil none nonlocal not null object of or package pass private protected public raise redo rescue retry return select self static struct " +
    "super switch then this throw throws true try type typeof undef unless until var void when while with yield " +
    "abstract base bool boolean byte char checked decimal delegate double event explicit extern fixed float implicit int internal lock long " +
    "native operator out override params readonly ref sbyte sealed short sizeof stackalloc strictfp string synchronized transient uint ulong " +
    "unchecked unsafe ushort using virtual volatile " +
    // names the handlers already use, or that a framework reserves in routes (Rails: action, controller)
    "action app body context controller ctx headers problem r req request res response w"
  ).split(" "),
);

export function validateHeader(name: string, value: string): void {
  if (!TOKEN.test(name)) throw new UsageError(`header name ${JSON.stringify(name)} is not an HTTP token (letters, digits and !#$%&'*+.^_\`|~-)`);
  if (/[\r\n\0]/.test(value)) throw new UsageError(`header ${name}: the value holds CR, LF or NUL, which would split the response`);
  if (!/^[\t\x20-\x7e]*$/.test(value)) throw new UsageError(`header ${name}: the value must be printable ASCII (tab allowed)`);
  if (MANAGED_HEADERS.includes(name.toLowerCase())) {
    throw new UsageError(`header ${name} is set by the framework (or by snipgen from the body) and cannot be overridden`);
  }
}

/** Checks a route and returns its parameter names: /items/{id} → ["id"]. */
export function routeParams(route: string): string[] {
  if (!route.startsWith("/")) throw new UsageError(`--route must start with "/" (got ${JSON.stringify(route)})`);
  if (route === "/") return [];
  const segments = route.slice(1).split("/");
  if (!segments.every((s) => SEGMENT.test(s))) {
    throw new UsageError(
      `--route ${JSON.stringify(route)}: use letters, digits and . _ ~ - between single slashes, or a whole segment {name} (lower-case letters, digits, _) for a parameter, without a trailing slash`,
    );
  }
  const params = segments.flatMap((s) => PARAM.exec(s)?.[1] ?? []);
  const reserved = params.find((p) => RESERVED_PARAMS.has(p));
  if (reserved) throw new UsageError(`--route: {${reserved}} is a reserved word in one of the target languages; name the parameter differently`);
  const twice = params.find((p, i) => params.indexOf(p) !== i);
  if (twice) throw new UsageError(`--route: the parameter {${twice}} appears twice`);
  return params;
}

/** The example request path: every parameter filled with PARAM_EXAMPLE. */
export const examplePath = (route: string) => route.replace(/\{[a-z][a-z0-9_]*\}/g, PARAM_EXAMPLE);

/** The collection part of a route, which made-up URIs (`{route}/abc-123`) extend: the route up to its first parameter, "" for "/". */
export function collectionOf(route: string): string {
  const at = route.indexOf("/{");
  const base = at < 0 ? route : route.slice(0, at);
  return base === "/" ? "" : base;
}

/** Fills `{route}` in the model's example values (never in the user's). */
function fillRoute<T>(value: T, collection: string): T {
  if (typeof value === "string") return value.replaceAll("{route}", collection) as T;
  if (Array.isArray(value)) return value.map((v) => fillRoute(v, collection)) as T;
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillRoute(v, collection)])) as T;
  return value;
}

/** The method a code answers when --method is not given: the model's, else GET. */
export const typicalMethod = (entry: Pick<CodeEntry, "method"> | undefined): string => entry?.method ?? DEFAULTS.method;

export function normalizeMethod(method: string): string {
  const upper = method.toUpperCase();
  if (!TOKEN.test(method)) throw new UsageError(`--method ${JSON.stringify(method)} is not an HTTP method token`);
  if (!(METHODS as readonly string[]).includes(upper)) {
    throw new UsageError(`--method ${method}: snipgen supports ${METHODS.join(", ")} (HEAD is answered from the GET route)`);
  }
  return upper;
}

/** Rejects values no snippet language can hold exactly (lone surrogates) or parse (very deep nesting). */
export function validateBodyValue(value: JsonValue, depth = 0): void {
  if (depth > MAX_DEPTH) throw new UsageError(`--body is ${TOO_DEEP}`);
  if (typeof value === "string") {
    if (/\p{Cs}/u.test(value))
      throw new UsageError(
        `--body holds a lone surrogate (\\u${value
          .match(/\p{Cs}/u)![0]
          .charCodeAt(0)
          .toString(16)}), which is not Unicode text`,
      );
  } else if (Array.isArray(value)) {
    for (const v of value) validateBodyValue(v, depth + 1);
  } else if (value instanceof Map) {
    for (const [k, v] of value) {
      validateBodyValue(k, depth + 1);
      validateBodyValue(v, depth + 1);
    }
  }
}

function message(status: number, reason: string, headers: Header[], bodyValue: JsonValue | undefined, contentType = JSON_CONTENT_TYPE): WireMessage {
  const hasBody = bodyValue !== undefined;
  return {
    status,
    reason,
    headers: hasBody ? [["Content-Type", contentType], ...headers] : headers,
    body: hasBody ? compactJson(bodyValue) : null,
    bodyValue,
    contentType: hasBody ? contentType : null,
  };
}

/**
 * The HTTP response for a code: the model's headers and body under the user's overrides, after HTTP's
 * rules. `ok` is the model's 200, which a handler sends after an interim (1xx) response.
 */
export function buildResponse(entry: CodeEntry, overrides: Overrides, ok: CodeEntry): ResponseSpec {
  const { route } = overrides;
  const params = routeParams(route);
  const path = examplePath(route);
  const method = normalizeMethod(overrides.method ?? typicalMethod(entry));
  const collection = collectionOf(route);
  const headers = mergeHeaders(
    entry.headers.map((h) => [h.name, fillRoute(h.value, collection)]),
    overrides.headers,
    validateHeader,
  );
  const base = { protocol: "http", route, params, path, method, problem: null };
  const userBody = overrides.body.kind === "value" ? overrides.body.value : undefined;
  if (userBody !== undefined) validateBodyValue(userBody);
  if (overrides.problem) return problemResponse(entry, overrides, headers, { ...base });

  if (!entry.bodyAllowed && userBody !== undefined) {
    throw new UsageError(`${entry.code} ${entry.reason} cannot carry a body; drop --body`);
  }
  if (entry.code < 200) {
    // An interim response carries no body; the handler then finishes with the model's 200 OK.
    const finalBody = overrides.body.kind === "none" ? undefined : fromPlain(ok.body);
    return { ...base, ...message(entry.code, entry.reason, headers, undefined), final: message(200, ok.reason, [], finalBody) };
  }
  // A model body of null means none by default (a redirect), not the JSON value null.
  const modelBody = entry.body === null ? undefined : fromPlain(fillRoute(entry.body, collection));
  const bodyValue = !entry.bodyAllowed || overrides.body.kind === "none" ? undefined : (userBody ?? modelBody);
  return { ...base, ...message(entry.code, entry.reason, headers, bodyValue), final: null };
}

/**
 * An RFC 9457 problem details response (--problem): type, title and status, then `instance`, the
 * request's path (which Spring adds by itself, and the other handlers take from the request).
 */
function problemResponse(entry: CodeEntry, overrides: Overrides, headers: Header[], base: Omit<ResponseSpec, keyof WireMessage | "final">): ResponseSpec {
  if (entry.code < 400) throw new UsageError(`--problem is for error responses (4xx and 5xx); ${entry.code} ${entry.reason} is not one`);
  if (overrides.body.kind !== "model") throw new UsageError("--problem writes the body itself; drop --body or --no-body");
  const problem = { type: "about:blank", title: entry.reason, status: entry.code };
  const body = new Map<string, JsonValue>([...Object.entries(problem), ["instance", overrides.instance ?? base.path]]);
  return { ...base, problem, ...message(entry.code, entry.reason, headers, body, PROBLEM_CONTENT_TYPE), final: null };
}
