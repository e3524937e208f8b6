// Runs every test file under test/ with Node's test runner (TypeScript through tsx).
// Usage: npm test [-- <path filter>...]   e.g. npm test -- test/unit test/runtime/flask
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : find(path);
    return name.endsWith(".test.ts") ? [path] : [];
  });
}

const filters = process.argv.slice(2);
const files = find("test").filter((f) => !filters.length || filters.some((p) => f.startsWith(p))).sort();
if (!files.length) {
  console.error(`no test files match ${filters.join(" ")}`);
  process.exit(2);
}
if (!filters.length) {
  // The whole suite type-checks first: a type error is a failure like any other.
  const tsc = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "--noEmit"], { stdio: "inherit" });
  if (tsc.status !== 0) {
    console.error("type check failed");
    process.exit(1);
  }
}
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...files], { stdio: "inherit" });
process.exit(result.status ?? 1);
