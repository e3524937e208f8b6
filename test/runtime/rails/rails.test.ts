import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { commandWorks, pool, runOneProcess, runtimeSuite, ServerProcess, type LiveResponse } from "../harness.js";

// Rails: each app-style snippet is a complete program (`ruby app.rb`) that boots a Rails::Application and
// serves it with WEBrick; one process per case, two at a time (a Rails boot costs about a second of CPU).
runtimeSuite({
  framework: "rails",
  missing: () => (commandWorks("ruby", ["-e", 'require "rails"; require "webrick"']) ? null : "ruby with rails and webrick is not installed"),
  async run(cases) {
    const root = mkdtempSync(join(tmpdir(), "snipgen-rails-"));
    try {
      const responses = await pool(cases, 2, (c) => {
        const dir = mkdtempSync(join(root, "c"));
        writeFileSync(join(dir, c.filename), c.source);
        return runOneProcess(c, (port) => new ServerProcess("ruby", [c.filename], { cwd: dir, env: { PORT: String(port) } }), 30000);
      });
      return new Map<string, LiveResponse>(cases.map((c, i) => [c.case.name, responses[i]!]));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
});
