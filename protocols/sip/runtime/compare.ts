import type { SipResponse } from "./client.js";

type Header = [string, string];

/** What `snipgen sip <code> --format json` promises. */
export interface SipPromise {
  request: { method: string; uri: string; headers: Header[] };
  response: { status: number; reason: string; headers: Header[]; body: string | null };
}

const values = (headers: Header[], name: string) => headers.filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v);
const COPIED = ["Via", "From", "Call-ID", "CSeq"];

/**
 * Headers whose grammar (RFC 3261 §25.1 and the RFCs that define the others) is built of name-addrs
 * and parameters separated by COMMA and SEMI: a stack that parses and writes them again may change
 * what the grammar says carries no meaning. Extension headers are compared byte for byte.
 */
const STRUCTURED = new Set([
  ...["from", "f", "to", "t", "contact", "m", "allow", "accept", "accept-encoding", "accept-language", "allow-events", "u"],
  ...["supported", "k", "require", "unsupported", "proxy-require", "www-authenticate", "proxy-authenticate", "warning"],
  ...["security-server", "security-client", "security-verify", "alert-info", "call-info", "error-info", "reason"],
]);
const TOKEN_WORDS = /^[A-Za-z0-9.!%*_+`'~-]+(?: [A-Za-z0-9.!%*_+`'~-]+)*$/;

/**
 * A structured header's value with only its meaningful bytes: no whitespace around "," and ";"
 * outside quoted strings (COMMA = SWS "," SWS, SEMI = SWS ";" SWS, RFC 3261 §25.1), and a display
 * name made of tokens written bare rather than quoted (display-name = *(token LWS) / quoted-string,
 * so `Alice <sip:a@x>` and `"Alice" <sip:a@x>` are one name; §20.10 and §20.20 ignore it when
 * comparing To and From). Other headers' values as they are.
 */
export function canonicalValue(name: string, value: string): string {
  if (!STRUCTURED.has(name.toLowerCase())) return value;
  const parts = value.match(/"(?:[^"\\]|\\.)*"|[^"]+|"/g) ?? [];
  const spaced = parts.map((p) => (p.startsWith('"') ? p : p.replace(/\s*([,;])\s*/g, "$1"))).join("");
  return spaced.replace(/(^|,)"([^"\\]*)"\s*</g, (all: string, before: string, words: string) => (TOKEN_WORDS.test(words) ? `${before}${words} <` : all));
}

/** RFC 3261 §7.3.1: several lines of one header are the same header as one line joining their values with commas. */
const oneList = (name: string, lines: string[], value: string) =>
  lines.length > 1 && canonicalValue(name, lines.join(",")).replace(/\s*,\s*/g, ",") === canonicalValue(name, value).replace(/\s*,\s*/g, ",");

/**
 * Differences between the promised response and the live one: the status, Via (every one, in order),
 * From, Call-ID and CSeq as the request sent them, To with a tag (on every response but 100), each
 * promised header with its value, Content-Type, and Content-Length against the body's bytes. From, To
 * and the promised structured headers are compared as their grammar reads them (canonicalValue).
 */
export function compareSip(promise: SipPromise, live: SipResponse): string[] {
  const diffs: string[] = [];
  const want = promise.response;
  if (live.status !== want.status) diffs.push(`status: expected ${want.status}, got ${live.status} ${live.reason}`);
  for (const name of COPIED) {
    const sent = values(promise.request.headers, name);
    let got = values(live.headers, name);
    // The server's transport may add received= and rport= to the top Via (RFC 3261 §18.2.1, RFC 3581).
    if (name === "Via" && got.length) got = [got[0]!.replace(/;(received=[^;,\s]+|rport=\d+)/g, ""), ...got.slice(1)];
    const same = got.length === sent.length && got.every((g, i) => canonicalValue(name, g) === canonicalValue(name, sent[i]!));
    if (!same) diffs.push(`${name}: expected ${JSON.stringify(sent)} as sent, got ${JSON.stringify(got)}`);
  }
  const to = values(live.headers, "To");
  const sentTo = values(promise.request.headers, "To")[0]!;
  if (to.length !== 1) diffs.push(`To: expected one, got ${JSON.stringify(to)}`);
  else if (
    want.status !== 100 &&
    !new RegExp(`^${canonicalValue("To", sentTo).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")};tag=[^;\\s]+`).test(canonicalValue("To", to[0]!))
  )
    diffs.push(`To: expected ${JSON.stringify(sentTo)} with a tag, got ${JSON.stringify(to[0])}`);
  // The promise's own headers (To and the copied ones are checked above, against the request).
  for (const [name, value] of want.headers) {
    if ([...COPIED, "To"].some((n) => n.toLowerCase() === name.toLowerCase())) continue;
    const got = values(live.headers, name);
    if (name.toLowerCase() === "content-type") {
      if (got.length !== 1 || got[0]!.toLowerCase().replace(/\s/g, "") !== value.toLowerCase().replace(/\s/g, ""))
        diffs.push(`Content-Type: expected ${value}, got ${JSON.stringify(got)}`);
    } else if (!got.some((g) => canonicalValue(name, g) === canonicalValue(name, value)) && !oneList(name, got, value))
      diffs.push(`header ${name}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got)}`);
  }
  const length = values(live.headers, "Content-Length");
  if (length.length !== 1 || Number(length[0]) !== live.body.length)
    diffs.push(`Content-Length: ${JSON.stringify(length)} for a ${live.body.length}-byte body`);
  const body = live.body.toString("utf8");
  if (body !== (want.body ?? "")) diffs.push(`body: expected ${JSON.stringify(want.body ?? "")}, got ${JSON.stringify(body.slice(0, 300))}`);
  if (want.body === null && values(live.headers, "Content-Type").length)
    diffs.push(`Content-Type: expected none (no body), got ${values(live.headers, "Content-Type")}`);
  return diffs;
}

/**
 * The promised request as this client sends it: Via's sent-by (and Contact) name the client's own
 * address, so the answer comes back to it; every other byte is the promise's. CRLF line ends.
 */
export function asSentFrom(request: SipPromise["request"], localPort: number): SipPromise["request"] {
  const here = `127.0.0.1:${localPort}`;
  const headers = request.headers.map(([n, v]): Header => {
    const lower = n.toLowerCase();
    if (lower === "via") return [n, v.replace(/^(SIP\/2\.0\/UDP )[^;]+/, `$1${here}`)];
    if (lower === "contact") return [n, v.replace(/@[^>;]+/, `@${here}`)];
    return [n, v];
  });
  return { ...request, headers };
}

export function requestText(request: SipPromise["request"]): string {
  return [`${request.method} ${request.uri} SIP/2.0`, ...request.headers.map(([n, v]) => `${n}: ${v}`), "", ""].join("\r\n");
}
