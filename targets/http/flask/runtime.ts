// Flask: every app-style snippet is imported into one werkzeug server (languages/python/runtime/host.py),
// which hands each request to the app owning its path; MAIN_CASE also runs as `python main.py`.
// A handler module is imported and its app asked once through Flask's test client; a problem document
// must name the request's path.
import { checkPythonHandlers, MAIN_CASE, missingPython, runImported } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("flask"),
  extraCases: [MAIN_CASE],
  run: runImported("wsgi"),
  handler: {
    how: "test client",
    check: (dir, cases) =>
      checkPythonHandlers(
        dir,
        cases,
        [],
        [
          "r = m.app.test_client().open(route, method=method)",
          "status = r.status_code",
          "if r.mimetype == 'application/problem+json':",
          "    assert r.get_json(force=True)['instance'] == route, r.get_data(as_text=True)",
        ].join("\n"),
      ),
  },
};

export default runtime;
