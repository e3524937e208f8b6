/** A raw HTTP/1.1 client for the serve tests: header order as sent, the reason phrase, interim (1xx) responses. */
import { request } from "node:http";
import type { WireJson } from "../helpers/snipgen.js";

export interface RawResponse {
  status: number;
  reason: string;
  /** [name, value] in wire order. */
  headers: [string, string][];
  body: Buffer;
  interim: { status: number; reason: string; headers: [string, string][] }[];
}

const pairs = (raw: string[]): [string, string][] => {
  const out: [string, string][] = [];
  for (let i = 0; i < raw.length; i += 2) out.push([raw[i]!, raw[i + 1]!]);
  return out;
};

export function rawRequest(port: number, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const interim: RawResponse["interim"] = [];
    const req = request({ host: "127.0.0.1", port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode!, reason: res.statusMessage!, headers: pairs(res.rawHeaders), body: Buffer.concat(chunks), interim }),
      );
    });
    req.on("information", (info) => interim.push({ status: info.statusCode, reason: info.statusMessage, headers: pairs(info.rawHeaders) }));
    req.on("error", reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`${method} ${path}: no answer in 15 s`)));
    if (body !== undefined && headers.Expect) req.on("continue", () => req.end(body));
    else req.end(body);
  });
}

/** The headers the server adds to every response besides the model's: checked for presence, not compared with the model. */
export const SERVER_HEADERS = ["Date", "Content-Length", "Connection", "Keep-Alive"];

/**
 * Differences between what `snipgen <code> --format json` promises and a raw response: status and reason,
 * the model's headers exactly and in order, then only Date (a real one, within a minute), Content-Length
 * (the body's bytes; none on 1xx, 204 and 304) and the connection's; the body byte for byte (none for HEAD).
 */
export function compareRaw(want: WireJson, got: Pick<RawResponse, "status" | "reason" | "headers" | "body">, head = false): string[] {
  const diffs: string[] = [];
  if (got.status !== want.status || got.reason !== want.reason) diffs.push(`status: expected ${want.status} ${want.reason}, got ${got.status} ${got.reason}`);
  const model = got.headers.filter(([n]) => !SERVER_HEADERS.includes(n));
  if (JSON.stringify(model) !== JSON.stringify(want.headers)) diffs.push(`headers: expected ${JSON.stringify(want.headers)}, got ${JSON.stringify(model)}`);
  const names = got.headers.map(([n]) => n);
  const date = got.headers.find(([n]) => n === "Date")?.[1];
  if (!date || Math.abs(Date.parse(date) - Date.now()) > 60_000 || new Date(Date.parse(date)).toUTCString() !== date) diffs.push(`Date: ${date} is not now`);
  const length = got.headers.find(([n]) => n === "Content-Length")?.[1];
  const lengthless = want.status < 200 || want.status === 204 || want.status === 304;
  const bodyBytes = want.body === null ? 0 : Buffer.byteLength(want.body);
  if (lengthless ? length !== undefined : length !== String(bodyBytes))
    diffs.push(`Content-Length: ${length} for ${lengthless ? "no length" : `${bodyBytes} bytes`}`);
  if (names.indexOf("Date") < names.indexOf(want.headers.at(-1)?.[0] ?? "Date")) diffs.push(`Date before the model's headers: ${names.join(", ")}`);
  const body = got.body.toString("utf8");
  const expected = head ? "" : (want.body ?? "");
  if (body !== expected) diffs.push(`body: expected ${JSON.stringify(expected)}, got ${JSON.stringify(body.slice(0, 300))}`);
  return diffs;
}
