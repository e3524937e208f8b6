import type { WireJson } from "../helpers/snipgen.js";
import { canonical, canonicalUnordered, parseOrdered } from "./ordered-json.js";

export interface LiveResponse {
  status: number;
  /** Lower-cased header name to its values, in arrival order. */
  headers: Record<string, string[]>;
  body: Buffer;
}

const mediaType = (v: string) => v.split(";")[0]!.trim().toLowerCase();

/**
 * Differences between the response snipgen promised and the one the running snippet sent:
 * status, every promised header with its value, Content-Type's media type (absent when there is no
 * body), and the body: JSON-equal, with key order kept.
 */
export function compareResponse(expected: WireJson, live: LiveResponse): string[] {
  const diffs: string[] = [];
  if (live.status !== expected.status) diffs.push(`status: expected ${expected.status}, got ${live.status}`);
  for (const [name, value] of expected.headers) {
    const got = live.headers[name.toLowerCase()];
    if (name.toLowerCase() === "content-type") {
      if (!got) diffs.push(`Content-Type: expected ${value}, got none`);
      else if (mediaType(got.join(",")) !== mediaType(value)) diffs.push(`Content-Type: expected ${value}, got ${got.join(", ")}`);
    } else if (!got) {
      diffs.push(`header ${name}: expected ${JSON.stringify(value)}, got none`);
    } else if (got.join(", ") !== value) {
      diffs.push(`header ${name}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got.join(", "))}`);
    }
  }
  const text = live.body.toString("utf8");
  if (expected.body === null) {
    if (live.body.length) diffs.push(`body: expected none, got ${JSON.stringify(text.slice(0, 200))}`);
    if (live.headers["content-type"]) diffs.push(`Content-Type: expected none (no body), got ${live.headers["content-type"].join(", ")}`);
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
