// Benchmarks, in two parts:
// - start-up: runs the commands round-robin (so machine noise hits all of them alike), reports medians
//   and ratios to bare `node -e 0`, and checks the targets of issue 5;
// - serve: autocannon against `snipgen serve` and a bare node:http server in one run, rounds alternating,
//   and checks that serve reaches 0.8× the bare server's requests per second (issue 11).
// Usage: npm run bench [-- --runs N] [-- --only startup|serve] [-- --write docs/performance.md]
// With --only, --write replaces that part of the file and keeps the other.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 21;
const writeTo = args.includes("--write") ? args[args.indexOf("--write") + 1] : null;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
if (only !== null && only !== "startup" && only !== "serve") throw new Error(`--only ${only}: give startup or serve`);
const node = process.execPath;
const bin = "bin/snipgen.cjs";
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? "unknown cpu"}), Node ${process.version}`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** The start-up and export part: prints its tables and returns its part of docs/performance.md. */
function startupBench() {
  const peerBin = (() => {
    const path = "node_modules/httpsnippet/bin/httpsnippet";
    try {
      readFileSync(path);
      return path;
    } catch {
      return null;
    }
  })();
  const harFile = join(mkdtempSync(join(tmpdir(), "snipgen-bench-")), "request.json");
  writeFileSync(
    harFile,
    JSON.stringify({
      method: "GET",
      url: "http://localhost:8000/endpoint",
      httpVersion: "HTTP/1.1",
      headers: [],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: -1,
    }),
  );

  // One target per kind of formatting, taken from the registry: the cost of a run is mostly its formatter.
  const targets = JSON.parse(spawnSync(node, [bin, "list", "--format", "json"], { encoding: "utf8" }).stdout);
  const firstFormattedBy = (formatter) => {
    const found = targets.find((t) => t.formatter === formatter);
    if (!found) throw new Error(`no target is formatted by ${formatter}`);
    return found.id;
  };
  const single = (formatter, target) => {
    const id = firstFormattedBy(formatter);
    return { name: `snipgen 202 -f ${id}`, argv: [bin, "202", "-f", id], target, formatter };
  };
  const cases = [
    { name: "node -e 0 (bare Node)", argv: ["-e", "0"], base: true },
    single("none (pre-formatted)", 1.6),
    // Issue 10 names it: one framework of many must cost what it did with eight ("about 1.3×").
    ...(targets.some((t) => t.id === "fastapi") ? [{ name: "snipgen 202 -f fastapi", argv: [bin, "202", "-f", "fastapi"], target: 1.35 }] : []),
    single("prettier (babel)", 2.0),
    single("prettier (java)", 3.0),
    { name: "snipgen 202 --all", argv: [bin, "202", "--all"], target: 3.5 },
  ];
  if (peerBin) cases.push({ name: "httpsnippet (peer), one snippet", argv: [peerBin, harFile, "--target", "node", "--client", "native"], peer: true });

  function time(argv) {
    const start = process.hrtime.bigint();
    const r = spawnSync(node, argv, { stdio: ["ignore", "pipe", "pipe"] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${argv.join(" ")} failed: ${r.stderr}`);
    return ms;
  }

  for (const c of cases) time(c.argv); // warm the file cache
  const samples = new Map(cases.map((c) => [c.name, []]));
  for (let i = 0; i < runs; i++) for (const c of cases) samples.get(c.name).push(time(c.argv));

  const base = median(samples.get(cases[0].name));
  const peer = cases.find((c) => c.peer);
  const peerMedian = peer ? median(samples.get(peer.name)) : null;
  const rows = [];
  let failed = 0;
  for (const c of cases) {
    const m = median(samples.get(c.name));
    const ratio = m / base;
    let verdict = "";
    if (c.target) {
      const ok = ratio <= c.target;
      if (!ok) failed++;
      verdict = `${ok ? "met" : "MISSED"} (≤ ${c.target}×)`;
    }
    rows.push([c.name, m.toFixed(1), ratio.toFixed(2) + "×", peerMedian && !c.base && !c.peer ? (m / peerMedian).toFixed(2) + "×" : "", verdict]);
  }
  if (peerMedian) {
    const single = median(samples.get(cases.find((c) => c.formatter === "none (pre-formatted)").name)) / peerMedian;
    const ok = single <= 0.7;
    if (!ok) failed++;
    rows.push(["snipgen single snippet vs peer", "", "", single.toFixed(2) + "×", `${ok ? "met" : "MISSED"} (≤ 0.7× of httpsnippet)`]);
  }

  // Export: the whole catalog, and how its time grows with codes and frameworks (start-up paid once).
  const exportDir = mkdtempSync(join(tmpdir(), "snipgen-export-"));
  const allCodes = JSON.parse(spawnSync(node, [bin, "codes", "--format", "json"], { encoding: "utf8" }).stdout).map((c) => c.code);
  const allFrameworks = targets.map((t) => t.id);
  const exportRuns = Math.max(3, Math.floor(runs / 4));
  function exportMedian(codes, frameworks) {
    const argv = [bin, "export", exportDir, ...(codes ? ["--codes", codes.join(",")] : []), ...frameworks.flatMap((f) => ["-f", f])];
    return median(Array.from({ length: exportRuns }, () => time(argv)));
  }
  /** Peak resident memory in MB of one run, from GNU time. */
  function peakMB(argv) {
    const r = spawnSync("/usr/bin/time", ["-f", "%M", node, ...argv], { encoding: "utf8" });
    return r.status === 0 ? (Number(r.stderr.trim().split("\n").at(-1)) / 1024).toFixed(0) : "n/a";
  }
  const fullExport = exportMedian(null, allFrameworks);
  const exportPeak = peakMB([bin, "export", exportDir]);
  const exportOk = fullExport <= 5000 && (exportPeak === "n/a" || Number(exportPeak) <= 300);
  if (!exportOk) failed++;
  const scaling = [];
  for (const n of [1, 2, 4, allFrameworks.length]) scaling.push([`${allCodes.length} codes × ${n} frameworks`, exportMedian(null, allFrameworks.slice(0, n))]);
  for (const n of [10, 20, 40]) scaling.push([`${n} codes × ${allFrameworks.length} frameworks`, exportMedian(allCodes.slice(0, n), allFrameworks)]);
  rmSync(exportDir, { recursive: true, force: true });

  const header = ["command", "median ms", "× bare Node", "× httpsnippet", "target"];
  const table = [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
  const meta = `${runs} runs each, round-robin, ${machine}, ${new Date().toISOString()}`;
  const exportTable = [
    "| workload | median ms | target |",
    "| --- | --- | --- |",
    `| snipgen export DIR (${allCodes.length} codes × ${allFrameworks.length} frameworks = ${allCodes.length * allFrameworks.length} snippets) | ${fullExport.toFixed(0)} | ${fullExport <= 5000 ? "met" : "MISSED"} (≤ 5000 ms) |`,
    `| peak RSS of that export | ${exportPeak} MB | ${exportPeak !== "n/a" && Number(exportPeak) <= 300 ? "met" : "MISSED"} (≤ 300 MB) |`,
    ...["none (pre-formatted)", "prettier (java)"].map((formatter) => {
      const c = cases.find((x) => x.formatter === formatter);
      return `| peak RSS of ${c.name} | ${peakMB(c.argv)} MB | |`;
    }),
    "",
    "| export scaling | median ms | ms per snippet above bare start-up |",
    "| --- | --- | --- |",
    ...scaling.map(([name, ms]) => {
      const [codes, fws] = name.match(/\d+/g).map(Number);
      return `| ${name} | ${ms.toFixed(0)} | ${((ms - base) / (codes * fws)).toFixed(2)} |`;
    }),
  ].join("\n");
  // Linear fit of export time over the number of codes (all frameworks): slope per snippet and start-up intercept.
  const byCodes = scaling.filter(([name]) => name.endsWith(`× ${allFrameworks.length} frameworks`)).map(([name, ms]) => [Number(name.match(/\d+/)[0]), ms]);
  const n = byCodes.length;
  const mx = byCodes.reduce((a, [x]) => a + x, 0) / n;
  const my = byCodes.reduce((a, [, y]) => a + y, 0) / n;
  const slope = byCodes.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0) / byCodes.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  const intercept = my - slope * mx;
  const fit = `Export time over the number of codes (all ${allFrameworks.length} frameworks) fits a line of ${(slope / allFrameworks.length).toFixed(2)} ms per snippet plus ${intercept.toFixed(0)} ms paid once (start-up and loading the formatters), against ${base.toFixed(0)} ms for bare Node.`;
  const output = `${table}\n\n${exportTable}\n\n${fit}\n\n${meta}\n`;
  console.log(output);
  rmSync(harFile, { force: true });
  const doc = `# Performance

Written by \`npm run bench -- --write docs/performance.md\` (scripts/bench.mjs), in two parts: start-up and export
here, \`snipgen serve\`'s throughput below; \`--only startup\` or \`--only serve\` rewrites one of them. Every
number of a part is from one run of it.

## Method

- Each command is run as a new process, ${runs} times, **round-robin** (bare Node, then each snipgen command,
  then the peer, then again), so load on this shared 2-core machine hits every command alike. The table gives
  medians, and ratios to \`node -e 0\` measured in the same run: absolute milliseconds vary between runs here,
  ratios much less.
- The peer is the httpsnippet CLI (npm \`httpsnippet\`, a devDependency) turning a one-request HAR file into
  one snippet (\`--target node --client native\`).
- Export runs \`snipgen export DIR\` ${exportRuns} times per size; peak memory is GNU time's maximum resident set size.
- No test asserts a timing (they would flake); \`test/cli/lazy-loading.test.ts\` guards what a run loads instead,
  and \`test/unit/code-cache.test.ts\` that V8 accepts the code cache.

## What makes start-up cheap

- The CLI is bundled by esbuild, with code only some runs need (each language, each protocol, yargs, serve,
  the HTML export) in chunks of its own; templates are precompiled by the build, so a run loads the
  Handlebars runtime and the one template it needs, never the compiler (only \`--templates DIR\` does).
- Everything a run loads from \`dist/\` (the bundle, its chunks, the templates) and prettier with its plugins
  is CommonJS, loaded through \`vm.Script\` with a V8 code cache the build writes (\`dist/v8-cache/\`, by running
  \`snipgen 202 --all\` and a few other commands), so a run compiles almost nothing. The entry,
  \`bin/snipgen.cjs\`, is CommonJS too: Node starts its ES module loader only for an ES module.
- \`-f <id>\` reads only that target's folder (\`target.json\`, \`constants.json\`), never the others'.
- The common invocation is parsed from the option schema without loading yargs; help and errors load yargs
  from its own chunk.
- The models (codes.json) are bundled as \`JSON.parse("...")\`, which V8 reads faster than an object literal.
- The Java plugin's WebAssembly grammar is compiled with V8's baseline compiler only, and the process exits as
  soon as stdout is flushed instead of waiting for background compilation.

## Results

${output}`;
  return { doc, failed };
}

const SERVE_HEADING = "\n## snipgen serve: throughput\n";
const ROUNDS = 12;
const SECONDS = 2;
const CONNECTIONS = 50;

/** The bare server: node:http answering every request with a fixed 200 and the body given in BODY. */
const BARE = `const http = require("node:http");
const body = Buffer.from(process.env.BODY);
const server = http.createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "application/json", "Content-Length": body.length });
  res.end(body);
});
server.listen(0, "127.0.0.1", () => process.stderr.write("bare on http://127.0.0.1:" + server.address().port + "/\\n"));`;

/** Starts a server process whose stderr goes to a file; resolves once that file names its HTTP port. */
async function startServer(argv, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), "snipgen-bench-serve-"));
  const log = join(dir, "stderr.txt");
  const child = spawn(node, argv, { stdio: ["ignore", "ignore", openSync(log, "w")], env: { ...process.env, ...env } });
  for (let waited = 0; waited < 10_000; waited += 50) {
    const port = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(readFileSync(log, "utf8"))?.[1];
    if (port) return { child, port: Number(port), log, stop: () => (child.kill("SIGTERM"), rmSync(dir, { recursive: true, force: true })) };
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill("SIGKILL");
  throw new Error(`${argv.join(" ")} did not start: ${readFileSync(log, "utf8")}`);
}

/**
 * autocannon against snipgen serve and a bare node:http server: each alone, rounds alternating (absolute
 * numbers and latency), then each serve beside the bare server at the same time (the ratio, which the
 * machine's bursts of other work then hit alike). Returns its part of docs/performance.md.
 */
async function serveBench() {
  const { default: autocannon } = await import("autocannon");
  const doc = JSON.parse(spawnSync(node, [bin, "200", "--format", "json"], { encoding: "utf8" }).stdout);
  const servers = [
    { name: "bare node:http, fixed 200", argv: ["-e", BARE], env: { BODY: doc.response.body }, path: "/", base: true },
    { name: "snipgen serve --quiet, GET /200", argv: [bin, "serve", "--port", "0", "--quiet"], path: "/200", target: 0.8 },
    { name: "snipgen serve (a log line per request to a file), GET /200", argv: [bin, "serve", "--port", "0"], path: "/200", target: 0.8 },
    { name: "snipgen serve --quiet, GET /status/200:3,503:1", argv: [bin, "serve", "--port", "0", "--quiet"], path: "/status/200:3,503:1" },
  ];
  const started = await Promise.all(servers.map((s) => startServer(s.argv, s.env)));
  const alone = new Map(servers.map((s) => [s.name, []]));
  const paired = new Map(servers.filter((s) => s.target).map((s) => [s.name, []]));
  try {
    const run = (i, duration) => autocannon({ url: `http://127.0.0.1:${started[i].port}${servers[i].path}`, connections: CONNECTIONS, duration });
    for (const i of servers.keys()) await run(i, 1); // warm-up: V8 optimizes the handlers
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate the order, so a slower stretch of the shared machine hits every server alike.
      const order = round % 2 ? [...servers.keys()].reverse() : [...servers.keys()];
      for (const i of order) alone.get(servers[i].name).push(await run(i, SECONDS));
    }
    const base = servers.findIndex((s) => s.base);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, s] of servers.entries()) {
        if (!s.target) continue;
        const [bare, served] = await Promise.all([run(base, SECONDS), run(i, SECONDS)]);
        paired.get(s.name).push({ ratio: served.requests.average / bare.requests.average, bare, served });
      }
    }
  } finally {
    started.forEach((s) => s.stop());
  }
  const medianRound = (rounds) => {
    const rps = median(rounds.map((r) => r.requests.average));
    return rounds.find((r) => r.requests.average === rps);
  };
  const range = (xs, f) => `${f(Math.min(...xs))} to ${f(Math.max(...xs))}`;
  const bareAlone = medianRound(alone.get(servers.find((s) => s.base).name));
  const aloneRows = servers.map((s) => {
    const r = medianRound(alone.get(s.name));
    const non2xx = `${((100 * r.non2xx) / (r.non2xx + r["2xx"])).toFixed(0)}%`;
    const rounds = range(
      alone.get(s.name).map((x) => x.requests.average),
      (x) => (x / 1000).toFixed(1),
    );
    return [
      s.name,
      r.requests.average.toFixed(0),
      (r.requests.average / bareAlone.requests.average).toFixed(2) + "×",
      r.latency.p50,
      r.latency.p99,
      non2xx,
      r.errors + r.timeouts,
      rounds,
    ];
  });
  let failed = 0;
  const pairRows = [...paired].map(([name, rounds]) => {
    const ratio = median(rounds.map((r) => r.ratio));
    const ok = ratio >= 0.8;
    if (!ok) failed++;
    const p99 = median(rounds.map((r) => r.served.latency.p99));
    const bareP99 = median(rounds.map((r) => r.bare.latency.p99));
    return [
      name,
      ratio.toFixed(2) + "×",
      range(
        rounds.map((r) => r.ratio),
        (x) => x.toFixed(2),
      ),
      p99,
      bareP99,
      `${ok ? "met" : "MISSED"} (≥ 0.8×)`,
    ];
  });
  const md = (header, rows) => [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
  const aloneTable = md(["server, alone", "requests/s", "× bare", "p50 ms", "p99 ms", "non-2xx", "errors", "rounds (k req/s)"], aloneRows);
  const pairTable = md(["server, beside the bare one", "× bare requests/s (median)", "rounds", "p99 ms", "bare's p99 ms", "target"], pairRows);
  const meta = `${ROUNDS} rounds of ${SECONDS} s per server alone and per pair, ${CONNECTIONS} connections per server, autocannon in the bench's own process, ${machine}, load average ${loadavg()[0].toFixed(1)} at the end, ${new Date().toISOString()}`;
  const output = `${aloneTable}\n\n${pairTable}\n\n${meta}\n`;
  console.log(output);
  const part = `${SERVE_HEADING}
Written by \`npm run bench -- --only serve --write docs/performance.md\` (or the whole \`npm run bench -- --write docs/performance.md\`); every number below is from that run.

- The load generator is autocannon (npm, a devDependency pinned exactly), run from the bench's own process on
  loopback: ${CONNECTIONS} keep-alive connections per server, no pipelining, a 1 s warm-up per server.
- The bare server is \`node:http\` answering every request with a fixed 200 and the same JSON body as
  \`/200\` (Content-Type, Content-Length; Node adds Date). Every server is its own process.
- **Alone**: each server in turn, ${ROUNDS} rounds of ${SECONDS} s, the order alternating; each server's median round
  (requests per second over its seconds, that round's latency percentiles) and the range of its rounds.
  This shared 2-core machine runs other work in bursts of seconds, so these numbers move a lot between rounds.
- **Beside the bare one**: each serve and the bare server loaded at the same time, ${ROUNDS} rounds of ${SECONDS} s;
  both share the machine's bursts and its two cores, so the ratio of their requests per second measures the
  work per request. The target (issue 11) is on the median of those ratios; p99 is the median round's.
- \`snipgen serve\` builds every code's response once at start-up; a request is a path lookup and one write.
  Its log lines are gathered and written once per turn of the event loop.

${output}`;
  return { doc: part, failed };
}

let failed = 0;
let startupDoc = null;
let serveDoc = null;
if (only !== "serve") ({ doc: startupDoc, failed } = startupBench());
if (only !== "startup") {
  const r = await serveBench();
  serveDoc = r.doc;
  failed += r.failed;
}
if (writeTo) {
  const old = existsSync(writeTo) ? readFileSync(writeTo, "utf8") : "";
  const at = old.indexOf(SERVE_HEADING);
  const [oldStartup, oldServe] = at < 0 ? [old, ""] : [old.slice(0, at), old.slice(at)];
  writeFileSync(writeTo, (startupDoc ?? oldStartup).trimEnd() + "\n" + (serveDoc ?? oldServe));
}
process.exitCode = failed ? 1 : 0;
