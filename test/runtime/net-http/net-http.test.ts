import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { commandWorks, pool, runOneProcess, runtimeSuite, ServerProcess, type LiveResponse } from "../harness.js";

// Go: each app-style snippet is its own `package main`; all are built in one `go build` run (parallel,
// cached), then each binary is started on its own port.
runtimeSuite({
  framework: "net-http",
  missing: () => (commandWorks("go", ["version"]) ? null : "go is not installed"),
  async run(cases) {
    const dir = mkdtempSync(join(tmpdir(), "snipgen-go-"));
    try {
      writeFileSync(join(dir, "go.mod"), "module snipgenruntime\n\ngo 1.22\n");
      cases.forEach((c, i) => {
        mkdirSync(join(dir, `c${i}`));
        writeFileSync(join(dir, `c${i}`, c.filename), c.source);
      });
      mkdirSync(join(dir, "bin"));
      const build = spawnSync("go", ["build", "-o", join(dir, "bin") + "/", "./..."], { cwd: dir, encoding: "utf8" });
      if (build.status !== 0) throw new Error(`go build failed:\n${build.stderr}`);
      const responses = await pool(cases, 4, (c) => {
        const i = cases.indexOf(c);
        return runOneProcess(c, (port) => new ServerProcess(join(dir, "bin", `c${i}`), [], { cwd: dir, env: { PORT: String(port) } }), 10000);
      });
      return new Map<string, LiveResponse>(cases.map((c, i) => [c.case.name, responses[i]!]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
