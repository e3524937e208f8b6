// Start-up benchmark: runs the commands round-robin (so machine noise hits all of them alike),
// reports medians and ratios to bare `node -e 0`, and checks the targets of issue 5.
// Usage: npm run bench [-- --runs N] [-- --write docs/performance.md]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 21;
const writeTo = args.includes("--write") ? args[args.indexOf("--write") + 1] : null;
const node = process.execPath;
const bin = "bin/snipgen";

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

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

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
const meta = `${runs} runs each, round-robin, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown cpu"}), Node ${process.version}, ${new Date().toISOString()}`;
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
if (writeTo) {
  const doc = `# Performance

Written by \`npm run bench -- --write docs/performance.md\` (scripts/bench.mjs); every number below is from that run.

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

- The CLI is bundled into one file (esbuild); templates are precompiled by the build, so a run loads the
  Handlebars runtime and the one template it needs, never the compiler (only \`--templates DIR\` does).
- The common invocation is parsed from the option schema without loading yargs; help and errors load yargs
  from its own chunk.
- Prettier and its plugins load only when an output needs them, through \`vm.Script\` with a V8 code cache
  the build writes (\`dist/v8-cache/\`).
- The Java plugin's WebAssembly grammar is compiled with V8's baseline compiler only, and the process exits as
  soon as stdout is flushed instead of waiting for background compilation.

## Results

${output}`;
  writeFileSync(writeTo, doc);
}
process.exitCode = failed ? 1 : 0;
