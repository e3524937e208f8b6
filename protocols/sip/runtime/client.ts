/**
 * A small SIP UAC over UDP for the tests: sends a request to 127.0.0.1:port, retransmitting as RFC 3261
 * §17.1.1.2 does until something answers (which also waits out a server's start-up), and collects
 * the responses until the expected status or a final one arrives.
 */
import { createSocket } from "node:dgram";

export interface SipResponse {
  status: number;
  reason: string;
  /** In arrival order, names as sent. */
  headers: [string, string][];
  body: Buffer;
  /** The datagram as received, for messages. */
  raw: string;
}

/** Parses one SIP response datagram; throws on anything that is not one. */
export function parseResponse(datagram: Buffer): SipResponse {
  const text = datagram.toString("latin1");
  const end = text.indexOf("\r\n\r\n");
  if (end < 0) throw new Error(`no blank line after the headers: ${JSON.stringify(text.slice(0, 300))}`);
  const [statusLine, ...lines] = text.slice(0, end).split("\r\n");
  const m = /^SIP\/2\.0 (\d{3}) (.*)$/.exec(statusLine!);
  if (!m) throw new Error(`not a SIP response status line: ${JSON.stringify(statusLine)}`);
  const headers: [string, string][] = [];
  for (const line of lines) {
    // Folded lines (RFC 3261 §7.3.1) continue the previous header.
    if (/^[ \t]/.test(line) && headers.length) headers.at(-1)![1] += ` ${line.trim()}`;
    else {
      const colon = line.indexOf(":");
      if (colon < 0) throw new Error(`header line without a colon: ${JSON.stringify(line)}`);
      headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return {
    status: Number(m[1]),
    reason: Buffer.from(m[2]!, "latin1").toString("utf8"),
    headers: headers.map(([n, v]) => [n, Buffer.from(v, "latin1").toString("utf8")]),
    body: datagram.subarray(Buffer.byteLength(text.slice(0, end + 4), "latin1")),
    raw: datagram.toString("utf8"),
  };
}

/**
 * Sends the request `build` writes for this client's own UDP port (a UAS answers the address in Via,
 * RFC 3261 §18.2.2, so Via must name it) until answered; resolves with the text sent and every response
 * up to `expected` or the first final one.
 */
export function sendSip(
  port: number,
  build: (localPort: number) => string,
  expected: number,
  timeoutMs = 20000,
): Promise<{ sent: string; responses: SipResponse[] }> {
  return new Promise((resolve, reject) => {
    const socket = createSocket("udp4");
    const responses: SipResponse[] = [];
    let request = "";
    let interval = 100;
    let timer: NodeJS.Timeout;
    const finish = (err: Error | null) => {
      clearTimeout(timer);
      clearTimeout(deadline);
      socket.close();
      if (err) reject(err);
      else resolve({ sent: request, responses });
    };
    const deadline = setTimeout(
      () => finish(new Error(`no ${expected} from 127.0.0.1:${port} in ${timeoutMs} ms; got ${responses.map((r) => r.status).join(", ") || "nothing"}`)),
      timeoutMs,
    );
    const transmit = () => {
      socket.send(request, port, "127.0.0.1");
      // Timer A doubles; a server still starting gets the request again. Stop once anything answered.
      if (!responses.length) timer = setTimeout(transmit, (interval = Math.min(interval * 2, 1000)));
    };
    socket.on("message", (datagram) => {
      let response: SipResponse;
      try {
        response = parseResponse(datagram);
      } catch (err) {
        return finish(err as Error);
      }
      responses.push(response);
      if (response.status === expected || response.status >= 200) finish(null);
    });
    // A closed port answers with ICMP, which Node reports as an error: keep retransmitting.
    socket.on("error", () => {});
    socket.bind(0, "127.0.0.1", () => {
      request = build(socket.address().port);
      transmit();
    });
  });
}

/** Ports freeUdpPort handed out: never twice in one test process. */
const handedOut = new Set<number>();

/**
 * A free UDP port on loopback for a program under test (or sipp), drawn below Linux's ephemeral range
 * (32768 and up), where this client's own sockets bind: a program that takes seconds to bind its port
 * (a JVM) cannot find it taken by another case's client meanwhile, nor that client get its requests.
 */
export async function freeUdpPort(): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (handedOut.has(port)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const socket = createSocket("udp4");
      socket.once("error", () => resolve(false));
      socket.bind(port, "127.0.0.1", () => socket.close(() => resolve(true)));
    });
    if (free) {
      handedOut.add(port);
      return port;
    }
  }
}
