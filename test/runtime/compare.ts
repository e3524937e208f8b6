import type { WireJson } from "../helpers/snipgen.js";
import { canonical, canonicalUnordered, parseOrdered } from "./ordered-json.js";

export interface LiveResponse {
  status: number;
  /** Lower-cased header name to its values, in arrival order. */
  headers: Record<string, string[]>;
  body: Buffer;
  /** 1xx interim responses received before the final one. */
  interim?: { status: number; headers: Record<string, string[]> }[];
}

// Headers the server also writes into (Connection: "Upgrade, keep-alive"): each promised token must be there.
const TOKEN_LISTS = new Set(["connection"]);
const tokens = (v: string) =>
  v
    .split(",")
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);

const mediaType = (v: string) => v.split(";")[0]!.trim().toLowerCase();

/** Every promised header present with its value; Content-Type by its media type. */
function compareHeaders(expected: WireJson, headers: Record<string, string[]>): string[] {
  const diffs: string[] = [];
  for (const [name, value] of expected.headers) {
    const got = headers[name.toLowerCase()];
    const joined = got?.join(", ");
    if (name.toLowerCase() === "content-type") {
      if (!got) diffs.push(`Content-Type: expected ${value}, got none`);
      else if (mediaType(joined!) !== mediaType(value)) diffs.push(`Content-Type: expected ${value}, got ${joined}`);
    } else if (!got) {
      diffs.push(`header ${name}: expected ${JSON.stringify(value)}, got none`);
    } else if (TOKEN_LISTS.has(name.toLowerCase()) ? !tokens(value).every((t) => tokens(joined!).includes(t)) : joined !== value) {
      diffs.push(`header ${name}: expected ${JSON.stringify(value)}, got ${JSON.stringify(joined)}`);
    }
  }
  return diffs;
}

const htmlEscaped = (v: string) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&#34;");

/**
 * A redirect helper's note (Flask, Express, Go, Rails 6.1): a short text/html or text/plain body on a 3xx
 * that names the promised Location, as given or HTML-escaped (any escaping of quotes).
 */
export function isRedirectNote(expected: WireJson, live: LiveResponse, text: string): boolean {
  const location = expected.headers.find(([n]) => n.toLowerCase() === "location")?.[1];
  const type = live.headers["content-type"]?.join(", ") ?? "";
  if (location === undefined || expected.status < 300 || expected.status > 399 || !/^text\/(html|plain)\b/.test(type) || text.length > 1024) return false;
  const normalized = text.replace(/&#0?39;|&#x27;|&apos;/g, "'").replace(/&quot;|&#x22;/g, "&#34;");
  return normalized.includes(location) || normalized.includes(htmlEscaped(location));
}

/**
 * Differences between the response snipgen promised and the one the running snippet sent:
 * status, every promised header with its value, Content-Type's media type (absent when there is no
 * body), and the body: JSON-equal, with key order kept.
 */
export function compareResponse(expected: WireJson & { final?: WireJson }, live: LiveResponse): string[] {
  if (expected.final) {
    // A 1xx code: the interim response with its headers, then the final response.
    const diffs: string[] = [];
    const interim = live.interim?.find((r) => r.status === expected.status);
    if (!interim)
      diffs.push(`interim: expected ${expected.status} before the final response, got ${JSON.stringify((live.interim ?? []).map((r) => r.status))}`);
    else diffs.push(...compareHeaders(expected, interim.headers).map((d) => `interim ${d}`));
    return [...diffs, ...compareResponse(expected.final, live)];
  }
  const diffs: string[] = [];
  if (live.status !== expected.status) diffs.push(`status: expected ${expected.status}, got ${live.status}`);
  diffs.push(...compareHeaders(expected, live.headers));
  const text = live.body.toString("utf8");

  if (expected.body === null) {
    // A Content-Type on an empty body describes no content; several helpers add one (Django's
    // HttpResponse, Rails' head, Flask's empty return) and it is tolerated. A body is not, except the
    // redirect helpers' short hypertext note that RFC 9110 §15.4 describes.
    if (live.body.length && !isRedirectNote(expected, live, text)) diffs.push(`body: expected none, got ${JSON.stringify(text.slice(0, 200))}`);
    return diffs;
  }
  let got;
  try {
    got = parseOrdered(text);
  } catch (err) {
    diffs.push(`body: not JSON: ${(err as Error).message}`);
    return diffs;
  }
  const want = parseOrdered(expected.body);
  if (canonicalUnordered(got) !== canonicalUnordered(want)) diffs.push(`body: expected ${expected.body}, got ${text.slice(0, 500)}`);
  else if (canonical(got) !== canonical(want)) diffs.push(`body: key order differs: expected ${expected.body}, got ${text.slice(0, 500)}`);
  return diffs;
}
