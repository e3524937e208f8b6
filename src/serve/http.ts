/**
 * The HTTP side of `snipgen serve`: `/<code>` and `/status/<code>` answer with the response
 * `snipgen <code> --format json` promises (the protocol's own buildResponse, never a copy of its rules),
 * with a real Date. Every prepared response is built once at start-up; a request with a query builds
 * its own.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { findCode } from "../../protocols/index.js";
import { INTERIM_SERVED } from "../../protocols/http/try-it.js";
import type { Header, Overrides, Protocol, ResponseSpec, WireMessage } from "../../protocols/types.js";
import { UsageError } from "../errors.js";
import { JsonSyntaxError, parseJson } from "../json/ordered-json.js";
import { indexHtml, indexJson, type IndexInfo } from "./index-page.js";
import { MAX_DELAY_MS } from "./limits.js";

/** The most codes one weighted path may list. */
const MAX_CHOICES = 100;
const QUERY_KEYS = ["body", "header", "delay", "problem"];

/** A response ready to write: status line, headers in order (Date and Content-Length are added per request), body bytes. */
interface Prepared {
  status: number;
  reason: string;
  headers: string[];
  body: Buffer | null;
  /** 1xx, 204 and 304 carry no Content-Length (as the wire preview shows). */
  lengthless: boolean;
}

/** A code's answer: the response, with the interim one before it where the code is 1xx. */
interface Answer {
  interim: { status: number; headers: Header[] } | null;
  final: Prepared;
}

/** What went wrong with a request: the status serve answers with, an error id and a sentence. */
class Refusal extends Error {
  constructor(
    readonly status: 400 | 404 | 405,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

function prepare(m: WireMessage): Prepared {
  return {
    status: m.status,
    reason: m.reason,
    headers: m.headers.flat(),
    body: m.body === null ? null : Buffer.from(m.body, "utf8"),
    lengthless: m.status < 200 || m.status === 204 || m.status === 304,
  };
}

function answerOf(spec: ResponseSpec): Answer {
  return spec.final ? { interim: { status: spec.status, headers: spec.headers }, final: prepare(spec.final) } : { interim: null, final: prepare(spec) };
}

/** The Date header's value, rebuilt once a second. */
let dateSecond = -1;
let dateText = "";
function httpDate(): string {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = new Date(second * 1000).toUTCString();
  }
  return dateText;
}

function write(res: ServerResponse, p: Prepared): void {
  const headers = [...p.headers, "Date", httpDate()];
  if (!p.lengthless) headers.push("Content-Length", String(p.body?.length ?? 0));
  res.writeHead(p.status, p.reason, headers);
  res.end(p.body ?? undefined);
}

function jsonError(status: number, reason: string, error: string, message: string): Prepared {
  return prepare({
    status,
    reason,
    headers: [["Content-Type", "application/json"]],
    body: JSON.stringify({ error, message }),
    bodyValue: undefined,
    contentType: "application/json",
  });
}

const REASONS: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  431: "Request Header Fields Too Large",
};

/** A code list of a path (`429`, `200:3,503:1`): each code with its weight. */
function parseChoices(text: string): { code: number; weight: number }[] | null {
  const parts = text.split(",");
  if (parts.length > MAX_CHOICES) return null;
  const choices = [];
  for (const part of parts) {
    const m = /^(\d{3})(?::(\d{1,6}(?:\.\d{1,6})?))?$/.exec(part);
    if (!m) return null;
    choices.push({ code: Number(m[1]), weight: m[2] === undefined ? 1 : Number(m[2]) });
  }
  return choices;
}

function pick(choices: { code: number; weight: number }[]): number {
  if (choices.length === 1) return choices[0]!.code;
  const total = choices.reduce((sum, c) => sum + c.weight, 0);
  let at = Math.random() * total;
  for (const c of choices) if ((at -= c.weight) < 0) return c.code;
  return choices.at(-1)!.code;
}

/** What the query asks on top of the model: the CLI's --body, -H and --problem. */
type QueryOverrides = Pick<Overrides, "body" | "headers" | "problem" | "instance">;

/** The user's query (`?body=`, `?header=`, `?problem`, `?delay=`), checked as the CLI checks --body, -H and --problem. */
interface Query {
  overrides: QueryOverrides | null;
  delay: number;
}

function parseQuery(text: string, path: string): Query {
  if (text === "") return { overrides: null, delay: 0 };
  const params = new URLSearchParams(text);
  const unknown = [...new Set(params.keys())].filter((k) => !QUERY_KEYS.includes(k));
  if (unknown.length)
    throw new Refusal(400, "bad_query", `unknown query parameter ${JSON.stringify(unknown[0])}: serve reads ${QUERY_KEYS.join(", ")} (see GET /)`);
  for (const single of ["body", "delay", "problem"])
    if (params.getAll(single).length > 1) throw new Refusal(400, "bad_query", `?${single} is given more than once; give it once`);
  let delay = 0;
  const delayText = params.get("delay");
  if (delayText !== null) {
    if (!/^\d{1,6}$/.test(delayText) || Number(delayText) > MAX_DELAY_MS)
      throw new Refusal(400, "bad_query", `?delay=${delayText}: give whole milliseconds from 0 to ${MAX_DELAY_MS}`);
    delay = Number(delayText);
  }
  const headers = params.getAll("header").map((raw): Header => {
    const colon = raw.indexOf(":");
    if (colon < 0) throw new Refusal(400, "bad_query", `?header=${JSON.stringify(raw)}: expected "Name:value"`);
    const name = raw.slice(0, colon).trim();
    if (name === "") throw new Refusal(400, "bad_query", `?header=${JSON.stringify(raw)}: the header name is empty`);
    return [name, raw.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, "")];
  });
  const bodyText = params.get("body");
  let body: Overrides["body"] = { kind: "model" };
  if (bodyText !== null) {
    try {
      body = { kind: "value", value: parseJson(bodyText) };
    } catch (err) {
      if (!(err instanceof JsonSyntaxError)) throw err;
      throw new Refusal(400, "bad_query", `?body: line ${err.line}, column ${err.column}: ${err.message}`);
    }
  }
  // ?problem takes no value (?problem=1 and ?problem=true are read the same way).
  const problemText = params.get("problem");
  if (problemText !== null && !["", "1", "true"].includes(problemText))
    throw new Refusal(400, "bad_query", `?problem=${problemText}: give ?problem alone, without a value`);
  const problem = problemText !== null;
  // The problem is about the path asked: its `instance`.
  const overrides = { body, headers, ...(problem ? { problem, instance: path } : {}) };
  return { overrides: headers.length || bodyText !== null || problem ? overrides : null, delay };
}

export interface HttpServe {
  /** Handles one request (also those that sent Expect: 100-continue). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** The answer to a request Node could not parse (the server's clientError). */
  clientError(code: string | undefined): Buffer;
  /** Delayed responses not yet sent (shutdown waits for them: at most MAX_DELAY_MS). */
  pending(): number;
}

/**
 * The request handler. `others` are the other protocols, for a code that only one of them has (486 is
 * SIP's); `info` is what the index page shows; `log` gets one line per request.
 */
export function httpServe(http: Protocol, others: Protocol[], info: IndexInfo, log: ((line: string) => void) | null): HttpServe {
  const answers = new Map<number, Answer | Refusal>();
  const build = (code: number, overrides: QueryOverrides | null): Answer => {
    const entry = findCode(http, code)!;
    try {
      return answerOf(http.buildResponse(entry, { body: { kind: "model" }, headers: [], route: http.defaults.route, ...overrides }));
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      // The CLI's own check, named as the query gives it.
      throw new Refusal(400, "refused", err.message.replace(/ or --no-body\b/g, "").replace(/--(body|problem)\b/g, "?$1"));
    }
  };
  for (const entry of http.codes) {
    try {
      answers.set(entry.code, build(entry.code, null));
    } catch (err) {
      answers.set(entry.code, err as Refusal);
    }
  }
  const index = { json: Buffer.from(indexJson(info)), html: Buffer.from(indexHtml(info)) };

  /** Why serve does not answer a code as asked, or null when it does. */
  function refusalOf(code: number, expectsContinue: boolean, query: Query): Refusal | null {
    if (!findCode(http, code)) {
      const elsewhere = others.flatMap((p) => {
        const entry = findCode(p, code);
        return entry
          ? [`; it is ${p.title}'s ${code} ${entry.reason}${p.id === "sip" ? ` (serve answers it over SIP with --sip: sip:${code}@host)` : ""}`]
          : [];
      });
      return new Refusal(404, "unknown_code", `${code} is not an HTTP status code snipgen knows${elsewhere.join("")}; GET / lists the codes`);
    }
    if (code >= 200) return null;
    const reason = findCode(http, code)!.reason;
    if (!INTERIM_SERVED.includes(code)) {
      const why = http.notFromHandler[code] ?? "no client waits for it: RFC 9110 dropped it, and clients skip it";
      return new Refusal(
        400,
        "interim_refused",
        `${code} ${reason} is not sent here: ${why}; serve sends 100 (to Expect: 100-continue) and 103 Early Hints as interim responses`,
      );
    }
    if (code === 100 && !expectsContinue)
      return new Refusal(
        400,
        "interim_refused",
        "100 Continue answers a request that sent Expect: 100-continue (curl -H 'Expect: 100-continue' -d ...); this one did not",
      );
    if (code === 100 && query.overrides?.headers.length)
      return new Refusal(400, "interim_refused", "?header on 100 Continue: Node sends the interim 100 without headers");
    return null;
  }

  function sendAnswer(res: ServerResponse, answer: Answer): void {
    if (answer.interim?.status === 100) res.writeContinue();
    else if (answer.interim) {
      const hints: Record<string, string> = {};
      for (const [name, value] of answer.interim.headers) hints[name.toLowerCase() === "link" ? "link" : name] = value;
      try {
        res.writeEarlyHints(hints);
      } catch (err) {
        // Node refuses a Link it cannot send (?header=Link:... that is not one), before writing anything.
        if (!(err instanceof Error && "code" in err && String(err.code).startsWith("ERR_"))) throw err;
        return refuse(res, new Refusal(400, "refused", `Node cannot send this 103 Early Hints: ${err.message}`));
      }
    }
    write(res, answer.final);
  }

  function refuse(res: ServerResponse, r: Refusal): void {
    write(res, jsonError(r.status, REASONS[r.status]!, r.error, r.message));
  }

  const delayed = new Set<() => void>();

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = log ? process.hrtime.bigint() : 0n;
    const url = req.url ?? "/";
    if (log) {
      res.once("finish", () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        log(`${req.method} ${printable(url)} ${res.statusCode} ${ms.toFixed(1)}ms`);
      });
    }
    try {
      const q = url.indexOf("?");
      const path = q < 0 ? url : url.slice(0, q);
      if (path === "/") {
        if (req.method !== "GET" && req.method !== "HEAD") throw new Refusal(405, "method_not_allowed", `${req.method} /: the index answers GET and HEAD`);
        const html = /\btext\/html\b/i.test(req.headers.accept ?? "");
        const body = html ? index.html : index.json;
        res.writeHead(200, "OK", [
          "Content-Type",
          html ? "text/html; charset=utf-8" : "application/json",
          "Date",
          httpDate(),
          "Content-Length",
          String(body.length),
        ]);
        res.end(body);
        return;
      }
      const m = /^\/(?:status\/)?([^/]+)$/.exec(path);
      let text: string | null = null;
      try {
        text = m ? decodeURIComponent(m[1]!) : null;
      } catch {
        text = null;
      }
      const choices = text === null ? null : parseChoices(text);
      if (!choices) {
        throw new Refusal(
          404,
          "unknown_path",
          `no route ${JSON.stringify(path.slice(0, 200))}: ask /<code>, /status/<code> or /status/<code>:<weight>,<code>:<weight> (GET / shows them all)`,
        );
      }
      const query = parseQuery(q < 0 ? "" : url.slice(q + 1), path);
      const expectsContinue = /^100-continue$/i.test(String(req.headers.expect ?? "").trim());
      // Every listed code must be answerable, whichever is picked (with the query's overrides too).
      const built = new Map<number, Answer>();
      for (const { code } of choices) {
        const refusal = refusalOf(code, expectsContinue, query);
        if (refusal) throw refusal;
        if (query.overrides) built.set(code, build(code, query.overrides));
      }
      const code = pick(choices);
      const cached = answers.get(code)!;
      if (!query.overrides && cached instanceof Refusal) throw cached;
      const answer = query.overrides ? built.get(code)! : (cached as Answer);
      if (query.delay === 0) return sendAnswer(res, answer);
      const fire = () => {
        clearTimeout(timer);
        delayed.delete(fire);
        if (!res.destroyed) sendAnswer(res, answer);
      };
      const timer = setTimeout(fire, query.delay);
      delayed.add(fire);
      res.once("close", () => {
        clearTimeout(timer);
        delayed.delete(fire);
      });
    } catch (err) {
      if (err instanceof Refusal) return refuse(res, err);
      throw err;
    }
  }

  return {
    handle,
    clientError(code) {
      const [status, error, message] =
        code === "HPE_HEADER_OVERFLOW"
          ? [431, "headers_too_large", "the request's headers are larger than this server reads (16 KiB)"]
          : code === "ERR_HTTP_REQUEST_TIMEOUT"
            ? [408, "timeout", "the request did not arrive in time"]
            : [400, "bad_request", `the request is not HTTP/1.1 this server can read${code ? ` (${code})` : ""}`];
      const p = jsonError(status, REASONS[status]!, error, message);
      log?.(`- - ${status} (${code ?? "client error"})`);
      const head = [`HTTP/1.1 ${p.status} ${p.reason}`];
      for (let i = 0; i < p.headers.length; i += 2) head.push(`${p.headers[i]}: ${p.headers[i + 1]}`);
      head.push(`Date: ${httpDate()}`, `Content-Length: ${p.body!.length}`, "Connection: close", "", "");
      return Buffer.concat([Buffer.from(head.join("\r\n"), "latin1"), p.body!]);
    },
    pending: () => delayed.size,
  };
}

/** A request target as a log line shows it: control characters escaped. */
const printable = (text: string) => text.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`).slice(0, 500);
