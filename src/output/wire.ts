import { UsageError } from "../errors.js";
import { utf8Length } from "../model/json.js";
import type { ResponseSpec, WireMessage } from "../model/spec.js";

/** The response date: SOURCE_DATE_EPOCH when set (reproducible output), otherwise now. */
export function responseDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === "") return new Date();
  if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds (got ${JSON.stringify(epoch)})`);
  return new Date(Number(epoch) * 1000);
}

function messageLines(version: string, m: WireMessage, date: Date | null): string[] {
  const lines = [`${version} ${m.status} ${m.reason}`, ...m.headers.map(([n, v]) => `${n}: ${v}`)];
  if (date) lines.push(`Date: ${date.toUTCString()}`);
  // 204, 304 and 1xx carry no Content-Length; other bodiless responses say 0.
  const lengthless = m.status < 200 || m.status === 204 || m.status === 304;
  if (!lengthless) lines.push(`Content-Length: ${m.body === null ? 0 : utf8Length(m.body)}`);
  lines.push("");
  if (m.body !== null) lines.push(m.body);
  return lines;
}

/** The exact response as it crosses the wire (line endings shown as newlines). */
export function wirePreview(spec: ResponseSpec, version: string, date: Date): string {
  if (spec.final) {
    return [...messageLines(version, spec, null), ...messageLines(version, spec.final, date)].join("\n").trimEnd() + "\n";
  }
  return messageLines(version, spec, date).join("\n").trimEnd() + "\n";
}
