/**
 * The SIP side of `snipgen serve`: a UAS over UDP and TCP that answers a request whose Request-URI user
 * part is a code (`sip:486@127.0.0.1:5060`) with the response `snipgen sip <code> --format json`
 * promises. The response itself comes from the SIP protocol's own code (buildResponse, wireHeaders: Via,
 * From, Call-ID and CSeq copied, To tagged, the code's headers); this file reads requests, picks the
 * code, and writes the bytes with their Content-Length.
 */
import { createHash } from "node:crypto";
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { createServer, isIPv6, type Socket } from "node:net";
import { findCode } from "../../protocols/index.js";
import { METHODS } from "../../protocols/sip/request.js";
import { wireHeaders } from "../../protocols/sip/response.js";
import type { Header, Protocol, ResponseSpec } from "../../protocols/types.js";
import { MAX_CONNECTIONS, MAX_SIP_MESSAGE, SIP_IDLE_MS } from "./limits.js";
import { listening } from "./listen.js";

/** A request as received: header values are the received bytes read as latin1, so copying them back is exact. */
export interface SipRequest {
  method: string;
  uri: string;
  headers: Header[];
  body: Buffer;
}

type Parsed = { kind: "request"; request: SipRequest } | { kind: "response" } | { kind: "malformed"; reason: string; headers: Header[] };

/** RFC 3261 §7.3.3 and the SIP extensions' compact header names. */
const COMPACT: Record<string, string> = {
  a: "Accept-Contact",
  b: "Referred-By",
  c: "Content-Type",
  d: "Request-Disposition",
  e: "Content-Encoding",
  f: "From",
  i: "Call-ID",
  j: "Reject-Contact",
  k: "Supported",
  l: "Content-Length",
  m: "Contact",
  o: "Event",
  r: "Refer-To",
  s: "Subject",
  t: "To",
  u: "Allow-Events",
  v: "Via",
  x: "Session-Expires",
  y: "Identity",
};
const TOKEN = /^[A-Za-z0-9.!%*_+`'~-]+$/;
/** The methods serve answers: the model's, and ACK, which it absorbs. */
export const ALLOW = ["INVITE", "ACK", ...METHODS.filter((m) => m !== "INVITE")].join(", ");

const values = (headers: Header[], name: string) => headers.filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v);

/**
 * Reads one SIP message (a datagram, or one framed off a TCP stream). A request missing what RFC 3261
 * §8.1.1 makes mandatory (Via, From, To, Call-ID, CSeq) or whose CSeq does not match it is malformed;
 * `stream` requires Content-Length (§18.3).
 */
export function parseSip(message: Buffer, stream: boolean): Parsed {
  let start = 0;
  while (message[start] === 0x0d && message[start + 1] === 0x0a) start += 2;
  const text = message.subarray(start).toString("latin1");
  const end = text.indexOf("\r\n\r\n");
  const lines = (end < 0 ? text : text.slice(0, end)).split("\r\n");
  const first = lines.shift() ?? "";
  if (/^SIP\/2\.0 \d{3} /.test(first)) return { kind: "response" };
  const headers: Header[] = [];
  const malformed = (reason: string): Parsed => ({ kind: "malformed", reason, headers });
  for (const line of lines) {
    if (/^[ \t]/.test(line) && headers.length) {
      headers.at(-1)![1] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(":");
    const name = colon < 0 ? "" : line.slice(0, colon).trim();
    if (!TOKEN.test(name)) return malformed(`a header line is not "Name: value": ${JSON.stringify(line.slice(0, 80))}`);
    headers.push([COMPACT[name.toLowerCase()] ?? name, line.slice(colon + 1).trim()]);
  }
  if (end < 0) return malformed("no blank line after the headers");
  const m = /^([A-Za-z0-9.!%*_+`'~-]+) (\S+) SIP\/2\.0$/.exec(first);
  if (!m) return malformed(`not a SIP/2.0 request line: ${JSON.stringify(first.slice(0, 80))}`);
  const [, method, uri] = m as unknown as [string, string, string];
  if (!values(headers, "Via").length) return malformed("no Via header");
  for (const name of ["From", "To", "Call-ID", "CSeq"]) {
    const n = values(headers, name).length;
    if (n !== 1) return malformed(n ? `${name} appears ${n} times` : `no ${name} header`);
  }
  const cseq = /^(\d{1,10})[ \t]+(\S+)$/.exec(values(headers, "CSeq")[0]!);
  if (!cseq || Number(cseq[1]) >= 2 ** 31) return malformed(`CSeq ${JSON.stringify(values(headers, "CSeq")[0])} is not "number METHOD"`);
  if (cseq[2] !== method) return malformed(`CSeq names ${cseq[2]} in a ${method} request`);
  const lengths = values(headers, "Content-Length");
  if (lengths.length > 1 || (lengths.length === 1 && !/^\d{1,9}$/.test(lengths[0]!)))
    return malformed(`Content-Length ${JSON.stringify(lengths.join(", "))} is not one number`);
  if (stream && !lengths.length) return malformed("no Content-Length, which a stream transport requires (RFC 3261 §18.3)");
  const rest = message.subarray(start + Buffer.byteLength(text.slice(0, end + 4), "latin1"));
  const length = lengths.length ? Number(lengths[0]) : rest.length;
  if (rest.length < length) return malformed(`Content-Length ${length} but the body has ${rest.length} bytes`);
  return { kind: "request", request: { method, uri, headers, body: rest.subarray(0, length) } };
}

/** The To tag: the same for a retransmission of the request (Call-ID, From tag, CSeq and branch), as RFC 3261 §8.2.6.2 needs. */
function toTagOf(request: Pick<SipRequest, "headers">): string {
  const h = createHash("sha1");
  for (const name of ["Call-ID", "From", "CSeq", "Via"]) h.update(`${values(request.headers, name)[0] ?? ""}\0`);
  return h.digest("hex").slice(0, 12);
}

/**
 * The top Via as the answer carries it over UDP: `received` when the source address is not the one it
 * names (RFC 3261 §18.2.1), `rport` filled in when asked for (RFC 3581).
 */
function stampVia(headers: Header[], address: string, port: number): Header[] {
  const at = headers.findIndex(([n]) => n.toLowerCase() === "via");
  const [name, value] = headers[at]!;
  const comma = value.indexOf(",");
  let top = comma < 0 ? value : value.slice(0, comma);
  const sentBy = /^SIP\s*\/\s*2\.0\s*\/\s*\S+\s+(\[[^\]]+\]|[^:;\s]+)/i.exec(top)?.[1]?.replace(/^\[|\]$/g, "");
  const rport = /;\s*rport(?=;|$|\s)/i.test(top);
  if (rport) top = top.replace(/;\s*rport(?=;|$|\s)/i, `;rport=${port}`);
  if ((rport || sentBy !== address) && !/;\s*received=/i.test(top)) top += `;received=${address}`;
  const copy = headers.slice();
  copy[at] = [name, comma < 0 ? top : top + value.slice(comma)];
  return copy;
}

const warningText = (text: string) => text.replace(/[^\x20-\x7e]|["\\]/g, "?").slice(0, 120);

export interface SipAnswer {
  /** Null when nothing is sent (an ACK, a response, a malformed datagram). */
  bytes: Buffer | null;
  /** For the log line: the status, or what happened. */
  summary: string;
  /** After it, a stream transport closes the connection (it cannot tell where the next message starts). */
  close: boolean;
}

export interface SipServe {
  answer(message: Buffer, transport: "UDP" | "TCP", from: { address: string; port: number }): SipAnswer;
  /** Over TCP: 513 Message Too Large for a message past MAX_SIP_MESSAGE, with the headers read of it. */
  tooLarge(start: Buffer): Buffer;
}

/** The UAS's rules: which code a request gets, and the bytes of the answer. */
export function sipServe(sip: Protocol): SipServe {
  const cache = new Map<string, ResponseSpec>();
  /** The model's response for a code, with extra headers (-H in the CLI): built once per distinct pair. */
  const specOf = (code: number, headers: Header[] = []): ResponseSpec => {
    const key = JSON.stringify([code, headers]);
    let spec = cache.get(key);
    if (!spec) {
      spec = sip.buildResponse(findCode(sip, code)!, { body: { kind: "model" }, headers, route: "" });
      // Only fixed headers are kept: a Warning naming the request's own text is built each time.
      if (cache.size < 1000) cache.set(key, spec);
    }
    return spec;
  };
  const warning = (text: string): Header[] => [["Warning", `399 snipgen "${warningText(text)}"`]];

  function write(spec: ResponseSpec, request: Pick<SipRequest, "method" | "uri" | "headers">): Buffer {
    const headers = wireHeaders({ ...spec, request: { method: request.method, uri: request.uri, headers: request.headers } }, toTagOf(request));
    const body = spec.body === null ? Buffer.alloc(0) : Buffer.from(spec.body, "utf8");
    const head = [`SIP/2.0 ${spec.status} ${spec.reason}`, ...headers.map(([n, v]) => `${n}: ${v}`), `Content-Length: ${body.length}`, "", ""].join("\r\n");
    return Buffer.concat([Buffer.from(head, "latin1"), body]);
  }

  /** The code a request is answered with, and the headers added to the model's. */
  function route(request: SipRequest): { code: number; headers: Header[] } {
    if (!/^sips?:/i.test(request.uri)) return { code: 416, headers: warning(`serve answers sip: and sips: URIs, not ${request.uri.split(":")[0]}:`) };
    if (!METHODS.includes(request.method)) return { code: 501, headers: warning(`serve does not know the method ${request.method}; it answers ${ALLOW}`) };
    const user = /^sips?:([^@;?>]*)@/i.exec(request.uri)?.[1];
    if (user === undefined) {
      if (request.method === "OPTIONS") return { code: 200, headers: [["Allow", ALLOW]] };
      return { code: 404, headers: warning("no code in the Request-URI: send to sip:<code>@host") };
    }
    if (/^\d{3}$/.test(user) && findCode(sip, Number(user))) return { code: Number(user), headers: [] };
    return { code: 404, headers: warning(`${user} is not a SIP status code snipgen knows: send to sip:<code>@host`) };
  }

  return {
    answer(message, transport, from) {
      const parsed = parseSip(message, transport === "TCP");
      if (parsed.kind === "response") return { bytes: null, summary: "a response, ignored", close: false };
      if (parsed.kind === "malformed") {
        // Over UDP nothing is sent (RFC 3261 §18.3 lets a malformed datagram be dropped); over TCP a 400 naming the fault.
        if (transport === "UDP") return { bytes: null, summary: `dropped: ${parsed.reason}`, close: false };
        const request = { method: "", uri: "", headers: parsed.headers };
        return { bytes: write(specOf(400, warning(parsed.reason)), request), summary: `400 (${parsed.reason})`, close: true };
      }
      const { request } = parsed;
      if (request.method === "ACK") return { bytes: null, summary: "absorbed", close: false };
      const { code, headers } = route(request);
      const live = transport === "UDP" ? { ...request, headers: stampVia(request.headers, from.address, from.port) } : request;
      return { bytes: write(specOf(code, headers), live), summary: String(code), close: false };
    },
    tooLarge(start) {
      const parsed = parseSip(start, true);
      const headers = parsed.kind === "request" ? parsed.request.headers : parsed.kind === "malformed" ? parsed.headers : [];
      return write(specOf(513, warning(`serve reads messages up to ${MAX_SIP_MESSAGE} bytes`)), { method: "", uri: "", headers });
    },
  };
}

export interface SipListeners {
  port: number;
  close(): Promise<void>;
}

/** Starts the UAS on UDP and TCP at the same port (port 0: a free one both can take). */
export async function listenSip(serve: SipServe, host: string, port: number, log: ((line: string) => void) | null): Promise<SipListeners> {
  const connections = new Set<Socket>();
  const handle = (message: Buffer, transport: "UDP" | "TCP", from: { address: string; port: number }, send: (b: Buffer) => void): boolean => {
    const started = log ? process.hrtime.bigint() : 0n;
    const answer = serve.answer(message, transport, from);
    if (answer.bytes) send(answer.bytes);
    if (log) {
      const line = /^(\S+) (\S+)/.exec(message.toString("latin1", 0, 300).replace(/^(\r\n)+/, ""));
      const what = line && answer.summary !== "a response, ignored" ? `${line[1]} ${line[2]}` : `from ${from.address}:${from.port}`;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log(`SIP/${transport} ${what.replace(/[^\x20-\x7e]/g, "?")} ${answer.summary} ${ms.toFixed(1)}ms`);
    }
    return answer.close;
  };

  const tcp = createServer((socket) => {
    connections.add(socket);
    socket.setTimeout(SIP_IDLE_MS, () => socket.destroy());
    socket.on("error", () => socket.destroy());
    socket.on("close", () => connections.delete(socket));
    const from = { address: socket.remoteAddress ?? "", port: socket.remotePort ?? 0 };
    let buffer: Buffer = Buffer.alloc(0);
    let closing = false;
    socket.on("data", (chunk: Buffer) => {
      if (closing) return;
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      for (;;) {
        // Keep-alive (RFC 5626 §4.4.1): a double CRLF gets a CRLF; single CRLFs between messages are skipped.
        while (buffer.length >= 2 && buffer[0] === 0x0d && buffer[1] === 0x0a) {
          if (buffer.length >= 4 && buffer[2] === 0x0d && buffer[3] === 0x0a) {
            socket.write("\r\n");
            buffer = buffer.subarray(4);
          } else if (buffer.length < 3 || (buffer.length < 4 && buffer[2] === 0x0d)) return;
          else buffer = buffer.subarray(2);
        }
        if (!buffer.length) return;
        const end = buffer.indexOf("\r\n\r\n");
        const head = end < 0 ? null : buffer.toString("latin1", 0, end);
        const length = head === null ? null : /(?:^|\r\n)(?:content-length|l)[ \t]*:[ \t]*(\d{1,9})[ \t]*(?:\r\n|$)/i.exec(head)?.[1];
        const whole = end < 0 ? null : length === undefined ? end + 4 : end + 4 + Number(length);
        const tooLarge = whole === null ? buffer.length > MAX_SIP_MESSAGE : whole > MAX_SIP_MESSAGE;
        if (tooLarge) {
          log?.(`SIP/TCP from ${from.address}:${from.port} closed: a message larger than ${MAX_SIP_MESSAGE} bytes`);
          socket.end(serve.tooLarge(buffer.subarray(0, MAX_SIP_MESSAGE)));
          closing = true;
          return;
        }
        if (whole === null || buffer.length < whole) return;
        const message = buffer.subarray(0, whole);
        buffer = buffer.subarray(whole);
        if (handle(message, "TCP", from, (b) => socket.write(b))) {
          socket.end();
          closing = true;
          return;
        }
      }
    });
  });
  tcp.maxConnections = MAX_CONNECTIONS;

  const family = isIPv6(host) ? "udp6" : "udp4";
  let udp: UdpSocket | null = null;
  for (let attempt = 0; ; attempt++) {
    udp = createSocket(family);
    udp.on("message", (message, rinfo) => {
      if (message.length > MAX_SIP_MESSAGE) return;
      handle(message, "UDP", rinfo, (b) => udp!.send(b, rinfo.port, rinfo.address));
    });
    await listening(udp, (done) => udp!.bind(port, host, done));
    const bound = udp.address().port;
    try {
      await listening(tcp, (done) => tcp.listen(bound, host, done));
      break;
    } catch (err) {
      udp.close();
      // Port 0: the free UDP port may be taken on TCP; try another.
      if (port !== 0 || attempt >= 10 || (err as NodeJS.ErrnoException).code !== "EADDRINUSE") throw err;
    }
  }
  const udpSocket = udp;
  udpSocket.on("error", () => {});
  return {
    port: udpSocket.address().port,
    close: () =>
      new Promise<void>((resolve) => {
        udpSocket.close();
        for (const s of connections) s.end();
        tcp.close(() => resolve());
        setTimeout(() => {
          for (const s of connections) s.destroy();
        }, 1000).unref();
      }),
  };
}
