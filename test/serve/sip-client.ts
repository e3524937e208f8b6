/** SIP over TCP and one-shot UDP for the serve tests (protocols/sip/runtime/client.ts is the retransmitting UDP UAC). */
import { createSocket } from "node:dgram";
import { connect } from "node:net";
import { parseResponse, type SipResponse } from "../../protocols/sip/runtime/client.js";

/** Sends one datagram from a fresh socket and collects whatever comes back within `waitMs`. */
export function udpOnce(port: number, build: (localPort: number) => string | Buffer, waitMs = 300): Promise<SipResponse[]> {
  return new Promise((resolve, reject) => {
    const socket = createSocket("udp4");
    const got: SipResponse[] = [];
    socket.on("message", (m) => {
      try {
        got.push(parseResponse(m));
      } catch (err) {
        reject(err as Error);
      }
    });
    socket.bind(0, "127.0.0.1", () => {
      socket.send(build(socket.address().port), port, "127.0.0.1");
      setTimeout(() => {
        socket.close();
        resolve(got);
      }, waitMs);
    });
  });
}

/** Splits a TCP byte stream into SIP responses by their Content-Length. */
function frames(buffer: Buffer): { responses: SipResponse[]; rest: Buffer } {
  const responses: SipResponse[] = [];
  for (;;) {
    const end = buffer.indexOf("\r\n\r\n");
    if (end < 0) break;
    const length = Number(/\r\nContent-Length: (\d+)/i.exec(buffer.toString("latin1", 0, end))?.[1] ?? 0);
    if (buffer.length < end + 4 + length) break;
    responses.push(parseResponse(buffer.subarray(0, end + 4 + length)));
    buffer = buffer.subarray(end + 4 + length);
  }
  return { responses, rest: buffer };
}

/**
 * Opens one TCP connection, writes `requests(localPort)` (all at once: pipelined), and resolves with the
 * responses once `count` arrived or the server closed the connection; `closed` tells which.
 */
export function tcpExchange(
  port: number,
  requests: (localPort: number) => (string | Buffer)[],
  count: number,
  timeoutMs = 10_000,
): Promise<{ responses: SipResponse[]; closed: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let buffer: Buffer = Buffer.alloc(0);
    const responses: SipResponse[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`${responses.length} of ${count} responses in ${timeoutMs} ms`));
    }, timeoutMs);
    const done = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ responses, closed });
    };
    socket.on("connect", () => {
      for (const r of requests(socket.localPort!)) socket.write(r);
    });
    socket.on("data", (d: Buffer) => {
      const f = frames(Buffer.concat([buffer, d]));
      buffer = f.rest;
      responses.push(...f.responses);
      if (responses.length >= count) done(false);
    });
    socket.on("end", () => done(true));
    socket.on("error", reject);
  });
}

/** A request in SIP's wire form (CRLF line ends, a blank line after the headers). */
export function sipText(first: string, headers: [string, string][], body = ""): string {
  return [first, ...headers.map(([n, v]) => `${n}: ${v}`), "", body].join("\r\n");
}
