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
  for (const path of ["node_modules/httpsnippet/dist/bin.js", "node_modules/httpsnippet/bin/httpsnippet"]) {
    try {
      readFileSync(path);
      return path;
    } catch {}
  }
  return null;
})();
const harFile = join(mkdtempSync(join(tmpdir(), "snipgen-bench-")), "request.json");
writeFileSync(harFile, JSON.stringify({ method: "GET", url: "http://localhost:8000/endpoint", httpVersion: "HTTP/1.1", headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: -1 }));

const cases = [
  { name: "node -e 0 (bare Node)", argv: ["-e", "0"], base: true },
  { name: "snipgen 202 -f fastapi", argv: [bin, "202", "-f", "fastapi"], target: 1.6 },
  { name: "snipgen 202 -f express", argv: [bin, "202", "-f", "express"], target: 2.0 },
  { name: "snipgen 202 -f spring-boot", argv: [bin, "202", "-f", "spring-boot"], target: 3.0 },
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
  const single = median(samples.get("snipgen 202 -f fastapi")) / peerMedian;
  const ok = single <= 0.7;
  if (!ok) failed++;
  rows.push(["snipgen single snippet vs peer", "", "", single.toFixed(2) + "×", `${ok ? "met" : "MISSED"} (≤ 0.7× of httpsnippet)`]);
}

const header = ["command", "median ms", "× bare Node", "× httpsnippet", "target"];
const table = [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
const meta = `${runs} runs each, round-robin, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown cpu"}), Node ${process.version}, ${new Date().toISOString()}`;
console.log(table);
console.log(`\n${meta}`);
rmSync(harFile, { force: true });
if (writeTo) writeFileSync(writeTo, `${table}\n\n${meta}\n`);
process.exitCode = failed ? 1 : 0;
