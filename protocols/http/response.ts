import { UsageError } from "../../src/errors.js";
import { compactJson, fromPlain, MAX_DEPTH, TOO_DEEP, type JsonValue } from "../../src/json/ordered-json.js";
import type { CodeEntry, Header, Overrides, ResponseSpec, WireMessage } from "../types.js";

export const DEFAULTS = { route: "/endpoint", method: "GET" } as const;
export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export const JSON_CONTENT_TYPE = "application/json";

/** Headers the frameworks compute themselves (or snipgen sets from the body): overriding them is unsafe. */
const MANAGED_HEADERS = ["content-type", "content-length", "transfer-encoding", "date", "connection", "server", "trailer", "upgrade-insecure-requests"];
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const ROUTE = /^\/([A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*)?$/;

export function validateHeader(name: string, value: string): void {
  if (!TOKEN.test(name)) throw new UsageError(`header name ${JSON.stringify(name)} is not an HTTP token (letters, digits and !#$%&'*+.^_\`|~-)`);
  if (/[\r\n\0]/.test(value)) throw new UsageError(`header ${name}: the value holds CR, LF or NUL, which would split the response`);
  if (!/^[\t\x20-\x7e]*$/.test(value)) throw new UsageError(`header ${name}: the value must be printable ASCII (tab allowed)`);
  if (MANAGED_HEADERS.includes(name.toLowerCase())) {
    throw new UsageError(`header ${name} is set by the framework (or by snipgen from the body) and cannot be overridden`);
  }
}

export function validateRoute(route: string): void {
  if (!route.startsWith("/")) throw new UsageError(`--route must start with "/" (got ${JSON.stringify(route)})`);
  if (!ROUTE.test(route)) {
    throw new UsageError(
      `--route ${JSON.stringify(route)}: use letters, digits and . _ ~ - between single slashes, without a trailing slash (parameters and spaces are not supported)`,
    );
  }
}

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

function message(status: number, reason: string, headers: Header[], bodyValue: JsonValue | undefined): WireMessage {
  const hasBody = bodyValue !== undefined;
  return {
    status,
    reason,
    headers: hasBody ? [["Content-Type", JSON_CONTENT_TYPE], ...headers] : headers,
    body: hasBody ? compactJson(bodyValue) : null,
    bodyValue,
    contentType: hasBody ? JSON_CONTENT_TYPE : null,
  };
}

/** Merges the user's headers over the model's: same name (any case) replaces, a new one appends. */
function mergeHeaders(entry: CodeEntry, user: Header[]): Header[] {
  const merged: Header[] = entry.headers.map((h) => [h.name, h.value]);
  for (const [name, value] of user) {
    validateHeader(name, value);
    const at = merged.findIndex(([n]) => n.toLowerCase() === name.toLowerCase());
    if (at >= 0) merged[at] = [merged[at]![0], value];
    else merged.push([name, value]);
  }
  return merged;
}

/**
 * The HTTP response for a code: the model's headers and body under the user's overrides, after HTTP's
 * rules. `ok` is the model's 200, which a handler sends after an interim (1xx) response.
 */
export function buildResponse(entry: CodeEntry, overrides: Overrides, ok: CodeEntry): ResponseSpec {
  validateRoute(overrides.route);
  const method = normalizeMethod(overrides.method);
  const headers = mergeHeaders(entry, overrides.headers);
  const base = { protocol: "http", route: overrides.route, method };
  const userBody = overrides.body.kind === "value" ? overrides.body.value : undefined;
  if (userBody !== undefined) validateBodyValue(userBody);

  if (!entry.bodyAllowed && userBody !== undefined) {
    throw new UsageError(`${entry.code} ${entry.reason} cannot carry a body; drop --body`);
  }
  if (entry.code < 200) {
    // An interim response carries no body; the handler then finishes with the model's 200 OK.
    const finalBody = overrides.body.kind === "none" ? undefined : fromPlain(ok.body);
    return { ...base, ...message(entry.code, entry.reason, headers, undefined), final: message(200, ok.reason, [], finalBody) };
  }
  const bodyValue = !entry.bodyAllowed || overrides.body.kind === "none" ? undefined : (userBody ?? fromPlain(entry.body));
  return { ...base, ...message(entry.code, entry.reason, headers, bodyValue), final: null };
}
