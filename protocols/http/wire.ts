import { utf8Length } from "../../src/json/ordered-json.js";
import type { ResponseSpec, WireMessage } from "../types.js";

const VERSION = "HTTP/1.1";

function messageLines(m: WireMessage, date: Date | null): string[] {
  const lines = [`${VERSION} ${m.status} ${m.reason}`, ...m.headers.map(([n, v]) => `${n}: ${v}`)];
  if (date) lines.push(`Date: ${date.toUTCString()}`);
  // 204, 304 and 1xx carry no Content-Length; other bodiless responses say 0.
  const lengthless = m.status < 200 || m.status === 204 || m.status === 304;
  if (!lengthless) lines.push(`Content-Length: ${m.body === null ? 0 : utf8Length(m.body)}`);
  lines.push("");
  if (m.body !== null) lines.push(m.body);
  return lines;
}

/** The exact response as it crosses the wire (line endings shown as newlines); an interim one comes first. */
export function wirePreview(spec: ResponseSpec, date: Date): string {
  if (spec.final) {
    return [...messageLines(spec, null), ...messageLines(spec.final, date)].join("\n").trimEnd() + "\n";
  }
  return messageLines(spec, date).join("\n").trimEnd() + "\n";
}
