import { UsageError } from "../../src/errors.js";
import { utf8Length } from "../../src/json/ordered-json.js";
import { mergeHeaders } from "../headers.js";
import type { CodeEntry, Header, Overrides, ResponseSpec } from "../types.js";
import { COPIED, EXAMPLE_TO_TAG, exampleRequest, METHODS, type SipRequest } from "./request.js";

/** RFC 3261 §25.1 token: the characters a header name may hold. */
const TOKEN = /^[A-Za-z0-9.!%*_+`'~-]+$/;
/** Headers the response takes from the request or computes itself: -H cannot set them. */
const MANAGED = [...COPIED, "to", "content-length", "l", "content-type", "c", "v", "f", "t", "i"];

export function validateHeader(name: string, value: string): void {
  if (!TOKEN.test(name)) throw new UsageError(`header name ${JSON.stringify(name)} is not a SIP token (letters, digits and .!%*_+\`'~-)`);
  if (/[\r\n\0]/.test(value)) throw new UsageError(`header ${name}: the value holds CR, LF or NUL, which would split the message`);
  if (/[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/.test(value)) throw new UsageError(`header ${name}: the value holds a control character`);
  if (MANAGED.includes(name.toLowerCase())) {
    throw new UsageError(
      `header ${name} is copied from the request or computed (Via, From, To, Call-ID, CSeq, Content-Length); Content-Type comes with --content-type`,
    );
  }
}

export function normalizeMethod(method: string): string {
  const upper = method.toUpperCase();
  if (upper === "ACK") throw new UsageError("--method ACK: an ACK is never answered (RFC 3261 §17.1.1.3)");
  if (!METHODS.includes(upper)) throw new UsageError(`--method ${method}: snipgen answers SIP ${METHODS.join(", ")}`);
  return upper;
}

/**
 * The SIP response a code sends to its example request (RFC 3261 §8.2.6): the headers of the code and
 * the user's, and the body. The headers copied from the request and the To tag are the stack's work;
 * `request` holds the request, and `sipMessage` writes the whole response.
 */
export function buildResponse(entry: CodeEntry, overrides: Overrides): ResponseSpec & { request: SipRequest } {
  if (overrides.route !== "") throw new UsageError("--route is for HTTP: a SIP snippet answers the request whatever its Request-URI");
  if (overrides.problem) throw new UsageError("--problem is for HTTP (RFC 9457); SIP has no problem details");
  const method = normalizeMethod(overrides.method ?? entry.method ?? "OPTIONS");
  const request = exampleRequest(method);
  const own: Header[] = entry.headers.map((h) => [h.name, h.value]);
  // Every 2xx to SUBSCRIBE gives the subscription's duration (RFC 6665 §3.1.1, as 204's entry says), whichever
  // code answers it: as 204 does, the 3600 seconds the example request asks for.
  if (method === "SUBSCRIBE" && entry.code >= 200 && entry.code < 300 && !own.some(([n]) => n.toLowerCase() === "expires")) own.push(["Expires", "3600"]);
  const headers = mergeHeaders(own, overrides.headers, validateHeader);
  const body = overrides.body;
  if (body.kind === "value") throw new UsageError("a SIP body is text: give --body with --content-type");
  const text = body.kind === "text" ? body.text : null;
  const contentType = body.kind === "text" ? body.contentType : null;
  return {
    protocol: "sip",
    route: request.uri,
    params: [],
    path: request.uri,
    method,
    problem: null,
    request,
    status: entry.code,
    reason: entry.reason,
    headers: contentType ? [["Content-Type", contentType], ...headers] : headers,
    body: text,
    bodyValue: text ?? undefined,
    contentType,
    final: null,
  };
}

/**
 * The response's headers on the wire, Content-Length aside: Via, From, To, Call-ID and CSeq from the
 * request in its order (To with a tag on every response but 100, RFC 3261 §8.2.6.2, unless the request's
 * To already has one: a request within a dialog), then the spec's. A live UAS passes its own `toTag`.
 */
export function wireHeaders(spec: ResponseSpec, toTag = EXAMPLE_TO_TAG): Header[] {
  const copied = spec.request!.headers.filter(([n]) => COPIED.includes(n.toLowerCase()) || n.toLowerCase() === "to");
  const tag = (v: string) => (spec.status === 100 || /;\s*tag\s*=/i.test(v) ? v : `${v};tag=${toTag}`);
  const tagged = copied.map(([n, v]): Header => (n.toLowerCase() === "to" ? [n, tag(v)] : [n, v]));
  return [...tagged, ...spec.headers];
}

/** The full response on the wire: status line, headers, the true Content-Length, the body. */
export function sipMessage(spec: ResponseSpec): string {
  const lines = [`SIP/2.0 ${spec.status} ${spec.reason}`, ...wireHeaders(spec).map(([n, v]) => `${n}: ${v}`)];
  lines.push(`Content-Length: ${spec.body === null ? 0 : utf8Length(spec.body)}`, "");
  if (spec.body !== null) lines.push(spec.body);
  return lines.join("\n").trimEnd() + "\n";
}
