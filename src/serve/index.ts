/**
 * `snipgen serve`: a local mock that answers any status code exactly as the model says, over HTTP
 * (http.ts) and SIP (sip.ts). Runs until SIGINT or SIGTERM, then closes its listeners, lets in-flight
 * responses finish and returns.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { loadProtocol } from "../../protocols/index.js";
import { UsageError } from "../errors.js";
import { httpServe } from "./http.js";
import { listening } from "./listen.js";
import { HEADERS_TIMEOUT_MS, MAX_CONNECTIONS, REQUEST_TIMEOUT_MS, SHUTDOWN_GRACE_MS } from "./limits.js";
import { listenSip, sipServe, type SipListeners } from "./sip.js";

export interface ServeOptions {
  host: string;
  /** Null: no HTTP (--sip-only). */
  httpPort: number | null;
  /** Null: no SIP. */
  sipPort: number | null;
  /** No line per request (the listening lines are still written). */
  quiet: boolean;
}

/** Lines for stderr, written together once per turn of the event loop (one write per request would cost throughput). */
function batchedWriter(write: (text: string) => void) {
  let lines: string[] = [];
  const flush = () => {
    if (lines.length) write(lines.join("\n") + "\n");
    lines = [];
  };
  return {
    line(text: string) {
      if (!lines.length) setImmediate(flush);
      lines.push(text);
    },
    flush,
  };
}

/** A listen error as the user can act on it. */
function listenError(err: NodeJS.ErrnoException, what: string, host: string, port: number, option: string): Error {
  if (err.code === "EADDRINUSE") return new UsageError(`${what} port ${port} on ${host} is in use: pick another with ${option}`);
  if (err.code === "EACCES") return new UsageError(`${what} cannot listen on ${host}:${port}: permission denied (ports below 1024 need privileges)`);
  if (err.code === "EADDRNOTAVAIL" || err.code === "ENOTFOUND" || err.code === "EAI_AGAIN")
    return new UsageError(`${what} cannot listen on ${host}: no such local address`);
  return err;
}

const hostInUrl = (host: string) => (host.includes(":") ? `[${host}]` : host);

/** Starts the listeners, and resolves once a signal closed them. `stderr` gets the listening lines and, unless quiet, one line per request. */
export async function serve(options: ServeOptions, stderr: (text: string) => void = (t) => void process.stderr.write(t)): Promise<void> {
  const [http, sip] = await Promise.all([loadProtocol("http"), loadProtocol("sip")]);
  const out = batchedWriter(stderr);
  const log = options.quiet ? null : out.line;
  const { host } = options;
  let sipListeners: SipListeners | null = null;
  if (options.sipPort !== null) {
    try {
      sipListeners = await listenSip(sipServe(sip), host, options.sipPort, log);
    } catch (err) {
      throw listenError(err as NodeJS.ErrnoException, "SIP:", host, options.sipPort, "--sip-port");
    }
  }
  const sipInfo = sipListeners && { host: hostInUrl(host), port: sipListeners.port };

  let server: ReturnType<typeof createServer> | null = null;
  let handler: ReturnType<typeof httpServe> | null = null;
  if (options.httpPort !== null) {
    const h = httpServe(http, [sip], { codes: http.codes.map((c) => ({ code: c.code, reason: c.reason })), sip: sipInfo }, log);
    handler = h;
    const handle = (req: IncomingMessage, res: ServerResponse) => {
      try {
        h.handle(req, res);
      } catch (err) {
        // A bug, not the client's fault: answer 500 and keep serving.
        stderr(`snipgen serve: internal error on ${req.method} ${req.url}: ${(err as Error).stack ?? err}\n`);
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ error: "internal", message: "snipgen serve failed on this request; see its stderr" }));
      }
    };
    const s = createServer({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, keepAliveTimeout: 5000 }, handle);
    s.on("checkContinue", handle);
    s.on("clientError", (err: NodeJS.ErrnoException, socket: Socket) => {
      if (err.code === "ECONNRESET" || !socket.writable) return socket.destroy();
      socket.end(h.clientError(err.code));
    });
    s.maxConnections = MAX_CONNECTIONS;
    try {
      await listening(s, (done) => s.listen(options.httpPort!, host, done));
    } catch (err) {
      await sipListeners?.close();
      throw listenError(err as NodeJS.ErrnoException, "HTTP:", host, options.httpPort, "--port");
    }
    s.on("error", (err) => stderr(`snipgen serve: HTTP: ${err.message}\n`));
    server = s;
  }

  const address = server?.address();
  if (address && typeof address === "object") stderr(`snipgen serve: HTTP on http://${hostInUrl(host)}:${address.port}/ (GET / lists what it answers)\n`);
  if (sipInfo) stderr(`snipgen serve: SIP on sip:<code>@${sipInfo.host}:${sipInfo.port} (UDP and TCP)\n`);

  const signal = await new Promise<string>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  out.flush();
  stderr(`snipgen serve: ${signal}: closing${handler?.pending() ? ` after ${handler.pending()} delayed responses` : ""}\n`);
  // A second signal closes every connection at once.
  const force = () => server?.closeAllConnections();
  process.once("SIGINT", force);
  process.once("SIGTERM", force);
  const closed = Promise.all([
    sipListeners?.close(),
    server &&
      new Promise<void>((resolve) => {
        const s = server!;
        s.close(() => resolve());
        // In-flight responses finish; their connections close as they go idle.
        const idle = setInterval(() => s.closeIdleConnections(), 50);
        const deadline = setTimeout(() => s.closeAllConnections(), SHUTDOWN_GRACE_MS);
        s.once("close", () => {
          clearInterval(idle);
          clearTimeout(deadline);
        });
      }),
  ]);
  await closed;
  out.flush();
}
