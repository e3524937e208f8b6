// Runs every test file with Node's test runner (TypeScript through tsx): the layers under test/, and the
// tests a language, protocol or target keeps in its own folder (languages/<lang>/*.test.ts, ...).
// Usage: npm test [-- <path filter>...]   e.g. npm test -- test/unit test/runtime languages/python
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, normalize, relative, resolve } from "node:path";

const ROOTS = ["test", "languages", "protocols", "targets"];

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : find(path);
    return name.endsWith(".test.ts") ? [path] : [];
  });
}

// Filters are path prefixes from the repository root; "./languages/", "languages" and absolute paths all work.
const filters = process.argv.slice(2).map((p) => normalize(relative(process.cwd(), resolve(p))).replace(/\/$/, ""));
const files = ROOTS.filter((r) => existsSync(r))
  .flatMap(find)
  .filter((f) => !filters.length || filters.some((p) => f.startsWith(p)))
  .sort();
if (!files.length) {
  console.error(`no test files match ${process.argv.slice(2).join(" ")}`);
  process.exit(2);
}
// snipgen's own code; data, docs, templates and generated code have their own checks.
const CODE = "**/*.{ts,mts,mjs}";
if (!filters.length) {
  // The whole suite type-checks, lints and checks the code's formatting first: each is a failure like any other.
  const checks = [
    ["type check (tsc)", ["node_modules/typescript/bin/tsc", "--noEmit"]],
    ["lint (eslint)", ["node_modules/eslint/bin/eslint.js", "."]],
    [
      "formatting (prettier --check; npm run format fixes it)",
      ["node_modules/prettier/bin/prettier.cjs", "--config", "scripts/prettier.config.json", "--check", "--log-level", "warn", CODE],
    ],
  ];
  for (const [what, args] of checks) {
    const r = spawnSync(process.execPath, args, { stdio: "inherit" });
    if (r.status !== 0) {
      console.error(`${what} failed`);
      process.exit(1);
    }
  }
}
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...files], { stdio: "inherit" });
process.exit(result.status ?? 1);
