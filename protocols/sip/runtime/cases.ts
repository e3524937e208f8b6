/**
 * SIP's test cases: the golden files each SIP target keeps, the parse corpus, and the runtime matrix
 * (every code the target can send, hostile header values and bodies).
 */
import fc from "fast-check";
import { hostileString } from "../../../test/helpers/arbitraries.js";
import type { Variant } from "../../../test/helpers/protocol-cases.js";
import { protocolOf } from "../../../test/helpers/registry.js";

/** Header values that break naive escaping in each target's string syntax: quotes, $ and # interpolation, XML, SIP separators, UTF-8. */
export const HOSTILE_VALUES = [
  '"quoted" \\back\\ $var $(cmd) ${x} #{y} %s',
  "<sip:x@example.com>;lr;q=0.5, *",
  "[brackets] ]]> </x> &amp; 'single'",
  "café 😀 漢字",
];

/** An SDP answer (RFC 4566), the body a 200 to an INVITE usually carries. */
export const SDP =
  "v=0\r\no=bob 2890844527 2890844527 IN IP4 192.0.2.20\r\ns=-\r\nc=IN IP4 192.0.2.20\r\nt=0 0\r\nm=audio 49172 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";

/** The cases beyond the codes, for the runtime matrix and the parse corpus alike. */
export const EXTRA: Variant[] = [
  ...HOSTILE_VALUES.map((value, i) => ({ name: `header-${i}`, code: 200, args: ["-H", `X-Hostile: ${value}`] })),
  { name: "sdp-answer", code: 200, args: ["--method", "INVITE", "--body", SDP, "--content-type", "application/sdp"] },
  { name: "text-body", code: 486, args: ["--body", 'naïve "text" ${x} ]]>', "--content-type", "text/plain;charset=utf-8"] },
  { name: "replaced-header", code: 486, args: ["-H", "Retry-After: 120"] },
  { name: "method-message", code: 200, args: ["--method", "MESSAGE"] },
];

export const idiomKinds = ["final", "provisional", "to tag", "header", "body", "ack", "other methods", "listen"];

export const golden: Variant[] = [
  ...[100, 180, 183, 200, 202, 302, 401, 405, 486, 487, 503, 603].map((code) => ({ name: String(code), code, args: [] })),
  { name: "sdp-answer", code: 200, args: EXTRA.find((v) => v.name === "sdp-answer")!.args },
  // Every SIP target can hold these (sipp cannot hold "[" or "]]>": the runtime and parse layers check its refusal).
  { name: "hostile-header", code: 200, args: ["-H", `X-Hostile: ${HOSTILE_VALUES.filter((v) => !/\[|\]\]>/.test(v)).join(" ")}`] },
];

export function variants(): Variant[] {
  return [...protocolOf("sip").codes.map((c) => ({ name: `code-${c.code}`, code: c.code, args: [] })), ...EXTRA];
}

// What the CLI accepts: header values hold no control character; text bodies only tab, CR and LF.
// Half of them ASCII: some stacks cannot hold other text exactly and refuse it.
const textArb = fc.oneof(hostileString, fc.string({ unit: "binary-ascii", maxLength: 40 }));
const headerValueArb = textArb.map((s) => s.replace(/\p{Cc}/gu, " ").trim());
const bodyArb = textArb.map((s) => s.replace(/[^\P{Cc}\t\r\n]/gu, " "));
const methodArb = fc.constantFrom("INVITE", "REGISTER", "OPTIONS", "MESSAGE", "SUBSCRIBE", "NOTIFY", "REFER", "BYE", "INFO", "UPDATE", "PUBLISH");

/** Random codes, methods, header values and text bodies (a body is sent with its Content-Type). */
export const fuzz = fc
  .record({
    code: fc.constantFrom(...protocolOf("sip").codes.map((c) => c.code)),
    method: fc.option(methodArb, { nil: undefined }),
    header: headerValueArb,
    // "@path" would name a file to read the body from.
    body: fc.option(
      bodyArb.filter((s) => s.trim().length > 0 && !s.startsWith("@")),
      { nil: undefined },
    ),
  })
  .map((r) => ({
    code: r.code,
    args: [
      ...(r.method ? ["--method", r.method] : []),
      "-H",
      `X-Fuzz: ${r.header}`,
      ...(r.body !== undefined ? [`--body=${r.body}`, "--content-type", "text/plain;charset=utf-8"] : []),
    ],
  }));
