/**
 * `snipgen serve` over HTTP, with real clients (node's fetch, and node:http for the wire order and 1xx):
 * every code of the model must answer exactly what `snipgen <code> --format json` promises.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { after, before, describe, it } from "node:test";
import { pool } from "../helpers/files.js";
import { protocolOf } from "../helpers/registry.js";
import { snipgen, snipgenJsonAsync, type SnipgenDocument } from "../helpers/snipgen.js";
import { compareRaw, rawRequest } from "./client.js";
import { startServe, type Served } from "./server.js";

const CODES = protocolOf("http").codes.map((c) => c.code);
let server: Served;
let base: string;
const docs = new Map<number, SnipgenDocument>();

before(async () => {
  server = await startServe([], { sip: false });
  base = `http://127.0.0.1:${server.httpPort}`;
  const all = await pool(CODES, 4, (code) => snipgenJsonAsync([String(code)]));
  all.forEach((d, i) => docs.set(CODES[i]!, d));
});
after(async () => {
  if (server.alive()) assert.equal(await server.stop("SIGTERM"), 0);
});

const json = async (res: Response) => JSON.parse(await res.text()) as { error: string; message: string };

describe("snipgen serve: HTTP answers as --format json promises", () => {
  it("every code from 200 up, with fetch, in the method it typically answers: status, reason, headers, body, a real Date", async () => {
    const failures: string[] = [];
    await pool(
      // The Fetch standard turns a 407 outside a browser window into a network error: the wire test below asks it.
      CODES.filter((c) => c >= 200 && c !== 407),
      8,
      async (code) => {
        const want = docs.get(code)!.response;
        const res = await fetch(`${base}/${code}`, { method: docs.get(code)!.method, redirect: "manual" });
        const body = await res.text();
        const diffs: string[] = [];
        if (res.status !== want.status || res.statusText !== want.reason) diffs.push(`status ${res.status} ${res.statusText}`);
        for (const [name, value] of want.headers) if (res.headers.get(name) !== value) diffs.push(`${name}: ${res.headers.get(name)}`);
        if (body !== (want.body ?? "")) diffs.push(`body ${JSON.stringify(body.slice(0, 200))}`);
        const date = Date.parse(res.headers.get("date") ?? "");
        if (!(Math.abs(date - Date.now()) < 60_000)) diffs.push(`Date ${res.headers.get("date")}`);
        if (diffs.length) failures.push(`${code}: ${diffs.join("; ")}`);
      },
    );
    assert.deepEqual(failures, []);
  });

  it("every code from 200 up on the wire (/status/<code>, GET and HEAD): the model's headers in order, then Date and Content-Length", async () => {
    const failures: string[] = [];
    await pool(
      CODES.filter((c) => c >= 200),
      8,
      async (code) => {
        const want = docs.get(code)!.response;
        for (const method of ["GET", "HEAD", "DELETE"]) {
          const diffs = compareRaw(want, await rawRequest(server.httpPort, method, `/status/${code}`), method === "HEAD");
          if (diffs.length) failures.push(`${method} /status/${code}: ${diffs.join("; ")}`);
        }
      },
    );
    assert.deepEqual(failures, []);
  });

  it("100 Continue to a request that expects it, then the final response", async () => {
    const want = docs.get(100)!.response;
    const res = await rawRequest(server.httpPort, "POST", "/100", { Expect: "100-continue", "Content-Type": "application/json" }, "{}");
    assert.deepEqual(
      res.interim.map((i) => [i.status, i.reason, i.headers]),
      [[100, "Continue", []]],
    );
    assert.deepEqual(compareRaw(want.final!, res), []);
  });

  it("103 Early Hints with the model's Link, then the final response", async () => {
    const want = docs.get(103)!.response;
    const res = await rawRequest(server.httpPort, "GET", "/103");
    assert.deepEqual(
      res.interim.map((i) => [i.status, i.headers]),
      [[103, want.headers]],
    );
    assert.deepEqual(compareRaw(want.final!, res), []);
  });

  it("refuses the 1xx that mean nothing here, with the reason (400)", async () => {
    for (const [path, reason] of [
      ["/101", /101 Switching Protocols is not sent here: it is sent by the protocol upgrade itself/],
      ["/102", /102 Processing is not sent here/],
      ["/100", /100 Continue answers a request that sent Expect: 100-continue/],
    ] as const) {
      const res = await fetch(base + path);
      assert.equal(res.status, 400, path);
      const doc = await json(res);
      assert.equal(doc.error, "interim_refused");
      assert.match(doc.message, reason);
    }
  });
});

describe("snipgen serve: choices through the request", () => {
  it("?body and ?header give the response `--body` and `-H` give, checked the same way", async () => {
    const body = '{"z":1,"a":"café \\"q\\" 😀","n":[1,2.5e3]}';
    const doc = await snipgenJsonAsync(["201", "--body", body, "-H", "Location: /orders/7", "-H", "X-Trace: a b"]);
    const query = new URLSearchParams([
      ["body", body],
      ["header", "Location: /orders/7"],
      ["header", "X-Trace:a b"],
    ]);
    assert.deepEqual(compareRaw(doc.response, await rawRequest(server.httpPort, "POST", `/201?${query}`)), []);
  });

  it("?problem gives the response `--problem` gives, for every 4xx and 5xx, its instance the path asked", async () => {
    const errors = CODES.filter((c) => c >= 400);
    assert.ok(errors.length > 30, `only ${errors.length} error codes`);
    const failures = await pool(errors, 4, async (code) => {
      // --route /<code> makes the CLI's instance the path serve is asked on.
      const doc = await snipgenJsonAsync([String(code), "--problem", "--route", `/${code}`]);
      const diffs = compareRaw(doc.response, await rawRequest(server.httpPort, "GET", `/${code}?problem`));
      return diffs.length ? `${code}: ${diffs.join("; ")}` : null;
    });
    assert.deepEqual(
      failures.filter((f) => f !== null),
      [],
    );
    const weighted = await rawRequest(server.httpPort, "GET", "/status/503:1,429:1?problem");
    assert.ok([503, 429].includes(weighted.status), String(weighted.status));
    assert.match(weighted.body.toString("utf8"), /"instance":"\/status\/503:1,429:1"/);
  });

  it("refuses what the CLI refuses, with the CLI's reason: a body on 204, CR/LF in a header, a header the server sets, JSON that is not", async () => {
    const cases: [string, RegExp][] = [
      ["/204?body=%7B%7D", /^204 No Content cannot carry a body; drop \?body$/],
      ["/200?header=X-A:%0d%0aSet-Cookie:%20a", /header X-A: the value holds CR, LF or NUL/],
      ["/200?header=Content-Length:1", /header Content-Length is set by the framework/],
      ["/200?header=Bad%20Name:1", /is not an HTTP token/],
      ["/200?header=nocolon", /expected "Name:value"/],
      ["/200?body=%7B%22a%22:%7D", /^\?body: line 1, column 6: /],
      ["/200?delay=10001", /give whole milliseconds from 0 to 10000/],
      ["/200?delay=-1", /give whole milliseconds/],
      ["/200?color=red", /unknown query parameter "color"/],
      ["/200?body=1&body=2", /\?body is given more than once/],
      ["/200?problem", /^\?problem is for error responses \(4xx and 5xx\); 200 OK is not one$/],
      // Every code a weighted path lists must be answerable, whichever is picked.
      ["/status/404:1,200:1?problem", /^\?problem is for error responses \(4xx and 5xx\); 200 OK is not one$/],
      ["/404?problem&body=%7B%7D", /^\?problem writes the body itself; drop \?body$/],
      ["/404?problem=no", /give \?problem alone, without a value/],
      ["/404?problem&problem", /\?problem is given more than once/],
      // Refused by Node at the moment of sending (after the delay too): still a 400, and serve goes on.
      ["/103?header=Link:not%20a%20link", /^Node cannot send this 103 Early Hints: /],
      ["/103?header=Link:not%20a%20link&delay=10", /^Node cannot send this 103 Early Hints: /],
    ];
    for (const [path, message] of cases) {
      const res = await fetch(base + path);
      assert.equal(res.status, 400, path);
      assert.match((await json(res)).message, message, path);
    }
  });

  it("picks among weighted codes at random (/status/200:3,503:1), each answered as its own code", async () => {
    const counts = new Map<number, number>();
    const responses = await pool(Array.from({ length: 400 }), 16, async () => {
      const res = await fetch(`${base}/status/200:3,503:1`);
      counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
      return { status: res.status, retry: res.headers.get("retry-after"), body: await res.text() };
    });
    assert.deepEqual([...counts.keys()].sort(), [200, 503]);
    const share = counts.get(200)! / 400;
    assert.ok(share > 0.6 && share < 0.9, `200 answered ${share} of the requests, expected about 0.75`);
    const busy = responses.find((r) => r.status === 503)!;
    assert.equal(busy.retry, docs.get(503)!.response.headers.find(([n]) => n === "Retry-After")![1]);
    assert.equal(busy.body, docs.get(503)!.response.body);
    assert.deepEqual(new Set(await Promise.all(Array.from({ length: 40 }, async () => (await fetch(`${base}/status/404,418`)).status))), new Set([404, 418]));
  });

  it("?delay waits that long, and only that long", async () => {
    const started = Date.now();
    const res = await fetch(`${base}/504?delay=300`);
    const took = Date.now() - started;
    assert.equal(res.status, 504);
    assert.ok(took >= 295 && took < 3000, `took ${took} ms`);
  });
});

describe("snipgen serve: what it does not answer", () => {
  it("an unknown path or code is a 404 whose JSON names what was wrong", async () => {
    const cases: [string, string, RegExp][] = [
      ["/nope", "unknown_path", /^no route "\/nope": ask \/<code>, \/status\/<code>/],
      ["/status/", "unknown_path", /no route "\/status\/"/],
      ["/status/200:x", "unknown_path", /no route/],
      ["/200/extra", "unknown_path", /no route/],
      ["/%E0%A4%A", "unknown_path", /no route/],
      ["/299", "unknown_code", /^299 is not an HTTP status code snipgen knows; GET \/ lists the codes$/],
      ["/486", "unknown_code", /^486 is not an HTTP status code snipgen knows; it is SIP's 486 Busy Here/],
      ["/status/200,999", "unknown_code", /^999 is not/],
    ];
    for (const [path, error, message] of cases) {
      const res = await fetch(base + path);
      assert.equal(res.status, 404, path);
      assert.equal(res.headers.get("content-type"), "application/json");
      const doc = await json(res);
      assert.equal(doc.error, error, path);
      assert.match(doc.message, message, path);
    }
    assert.equal((await fetch(base + "/", { method: "POST" })).status, 405);
  });
});

describe("snipgen serve: the index", () => {
  it("GET / documents the routes and options and lists every code, as JSON", async () => {
    const res = await fetch(base + "/");
    assert.equal(res.headers.get("content-type"), "application/json");
    const doc = (await res.json()) as { http: { routes: { ask: string }[]; query: { ask: string }[] }; sip: null; codes: { code: number; path: string }[] };
    assert.deepEqual(
      doc.http.routes.map((r) => r.ask),
      ["/<code>", "/status/<code>", "/status/<code>:<weight>,<code>:<weight>"],
    );
    assert.deepEqual(
      doc.http.query.map((q) => q.ask),
      ["?delay=MS", "?body=JSON", "?problem", "?header=Name:value"],
    );
    assert.equal(doc.sip, null);
    assert.deepEqual(
      doc.codes.map((c) => c.code),
      CODES,
    );
  });

  it("with Accept: text/html, a small page with the same, and every example on it answers", async () => {
    const res = await fetch(base + "/", { headers: { Accept: "text/html,application/xhtml+xml" } });
    assert.equal(res.headers.get("content-type"), "text/html; charset=utf-8");
    const page = await res.text();
    assert.match(page, /^<!doctype html>/);
    assert.match(page, /<a href="\/429">429<\/a> Too Many Requests/);
    const examples = [...page.matchAll(/<a href="([^"]+)"><code>/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
    assert.ok(examples.length >= 6, examples.join(" "));
    for (const path of examples) assert.ok(![400, 404].includes((await fetch(base + path, { redirect: "manual" })).status), path);
  });
});

describe("snipgen serve: the log, and the page's hint", () => {
  it("logs one line per request on stderr: method, path, status, ms", async () => {
    await fetch(`${base}/418?delay=0`, { method: "PUT" });
    await new Promise((r) => setTimeout(r, 100));
    assert.match(server.stderr(), /^PUT \/418\?delay=0 418 \d+\.\dms$/m);
  });

  it("--quiet logs nothing per request, but still says where it listens", async () => {
    const quiet = await startServe(["--quiet"], { sip: false });
    try {
      await fetch(`http://127.0.0.1:${quiet.httpPort}/200`);
      await new Promise((r) => setTimeout(r, 100));
      assert.match(quiet.stderr(), /^snipgen serve: HTTP on http:\/\/127\.0\.0\.1:\d+\/ \(GET \/ lists what it answers\)\n$/);
    } finally {
      assert.equal(await quiet.stop("SIGINT"), 0);
    }
  });

  it("the page's 'Test with curl' shows the serve command, and that curl line gets the promised response", async () => {
    const curl = spawnSync("curl", ["--version"]).status === 0;
    for (const code of [202, 100, 103, 301, 429]) {
      const page = snipgen([String(code), "--all"]).stdout;
      const block = /```sh\n(snipgen serve --port 8080 &\ncurl [^\n]+)\n```/.exec(page)?.[1];
      assert.ok(block, `${code}: no serve block on the page`);
      if (!curl) continue;
      const line = block.split("\n")[1]!.replace("localhost:8080", `127.0.0.1:${server.httpPort}`);
      const out = spawnSync("sh", ["-c", line], { encoding: "utf8" });
      const want = docs.get(code)!.response;
      const statuses = [...out.stdout.matchAll(/^HTTP\/1\.1 (\d{3}) /gm)].map((m) => Number(m[1]));
      assert.deepEqual(statuses, want.final ? [code, 200] : [code], `${code}: ${out.stdout}${out.stderr}`);
      assert.ok(out.stdout.endsWith((want.final ?? want).body ?? "\r\n\r\n"), out.stdout);
    }
    for (const code of [101, 102]) assert.doesNotMatch(snipgen([String(code), "--all"]).stdout, /snipgen serve/);
  });
});

describe("snipgen serve: the command", () => {
  it("closes on SIGTERM after finishing an in-flight response, and exits 0", async () => {
    const s = await startServe(["--quiet"], { sip: true });
    const pending = fetch(`http://127.0.0.1:${s.httpPort}/202?delay=700`);
    await new Promise((r) => setTimeout(r, 200));
    const exit = s.stop("SIGTERM");
    const res = await pending;
    assert.equal(res.status, 202);
    assert.equal(await res.text(), docs.get(202)!.response.body);
    assert.equal(await exit, 0);
    assert.match(s.stderr(), /SIGTERM: closing after 1 delayed responses/);
  });

  it("refuses a port in use, a port that is not one, and --port with --sip-only (exit 2, one line)", async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    const port = (busy.address() as { port: number }).port;
    try {
      const cases: [string[], RegExp][] = [
        [["serve", "--port", String(port)], new RegExp(`^snipgen: HTTP: port ${port} on 127\\.0\\.0\\.1 is in use: pick another with --port\\n$`)],
        [["serve", "--port", "http"], /^snipgen: --port "http" is not a port \(0 to 65535\)\n$/],
        [["serve", "--sip-only", "--port", "1"], /^snipgen: --port is the HTTP port, and --sip-only serves no HTTP; give one\n$/],
        [["serve", "--sip-port", "70000"], /^snipgen: --sip-port "70000" is not a port/],
        [["serve", "--bogus"], /^snipgen: unknown option --bogus/],
        [["serve", "429"], /^snipgen: snipgen serve answers every code: start it, then ask \/<code> \(HTTP\) or sip:<code>@host \(SIP\)\n$/],
        [["sip", "serve"], /^snipgen: snipgen serve answers both protocols: snipgen serve --sip \(HTTP and SIP\) or --sip-only\n$/],
      ];
      for (const [args, stderr] of cases) {
        const r = snipgen(args);
        assert.equal(r.status, 2, args.join(" "));
        assert.match(r.stderr, stderr);
        assert.equal(r.stdout, "");
      }
    } finally {
      busy.close();
    }
  });

  it("has help with its options and examples", () => {
    const r = snipgen(["serve", "--help"]);
    assert.equal(r.status, 0);
    for (const option of ["--host", "--port", "--sip ", "--sip-port", "--sip-only", "--quiet"]) assert.ok(r.stdout.includes(option), option);
    assert.match(r.stdout, /snipgen serve --sip-only --sip-port 5070/);
    assert.match(snipgen(["--help"]).stdout, /snipgen serve\s+Answer every status code/);
  });
});
