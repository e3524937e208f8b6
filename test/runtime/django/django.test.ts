import { rmSync } from "node:fs";
import { pool, runtimeSuite, type LiveResponse } from "../harness.js";
import { missingPython, runAsMain, writeCases } from "../python/host.js";

// Django: a snippet calls settings.configure(), which runs once per process, so each case runs
// as its own `python main.py` (runserver), two at a time.
runtimeSuite({
  framework: "django",
  missing: () => missingPython("django"),
  async run(cases) {
    const { dir, files } = writeCases(cases, "snipgen-django-");
    try {
      const responses = await pool(cases, 2, (c) => runAsMain(c, files[cases.indexOf(c)]!, 20000));
      return new Map<string, LiveResponse>(cases.map((c, i) => [c.case.name, responses[i]!]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
