import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ROOT } from "../../helpers/snipgen.js";
import { pool, runOneProcess, runtimeSuite, ServerProcess, type LiveResponse } from "../harness.js";

// Express: each app-style snippet is a `server.mjs` that imports "express". It is written into a
// directory inside the repo (.tmp/runtime-express/cN/), where Node resolves "express" from the
// project's node_modules by walking up, and started as `node server.mjs` with PORT set.
const DIR = join(ROOT, ".tmp", "runtime-express");

function expressMissing(): string | null {
  try {
    createRequire(join(DIR, "x.mjs")).resolve("express");
    return null;
  } catch {
    return "express is not installed (npm install)";
  }
}

runtimeSuite({
  framework: "express",
  missing: expressMissing,
  async run(cases) {
    rmSync(DIR, { recursive: true, force: true });
    try {
      cases.forEach((c, i) => {
        mkdirSync(join(DIR, `c${i}`), { recursive: true });
        writeFileSync(join(DIR, `c${i}`, c.filename), c.source);
      });
      const responses = await pool(cases, 4, (c) => {
        const dir = join(DIR, `c${cases.indexOf(c)}`);
        return runOneProcess(c, (port) => new ServerProcess(process.execPath, [c.filename], { cwd: dir, env: { PORT: String(port) } }), 10000);
      });
      return new Map<string, LiveResponse>(cases.map((c, i) => [c.case.name, responses[i]!]));
    } finally {
      rmSync(DIR, { recursive: true, force: true });
    }
  },
});
