// Quart: every app-style snippet is imported into one Hypercorn server (languages/python/runtime/host.py),
// the ASGI server Quart's app.run() starts, which hands each request to the app owning its path;
// MAIN_CASE also runs as `python main.py`. A handler module's app is asked once through Quart's test
// client; a problem document must name the request's path.
import { checkPythonHandlers, MAIN_CASE, missingPython, runImported } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("quart"),
  extraCases: [MAIN_CASE],
  run: runImported("hypercorn"),
  handler: {
    how: "test client",
    check: (dir, cases) =>
      checkPythonHandlers(
        dir,
        cases,
        ["import asyncio"],
        [
          "r = asyncio.run(m.app.test_client().open(route, method=method))",
          "status = r.status_code",
          "if r.mimetype == 'application/problem+json':",
          "    assert json.loads(asyncio.run(r.get_data()))['instance'] == route",
        ].join("\n"),
      ),
  },
};

export default runtime;
