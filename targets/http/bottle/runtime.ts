// Bottle: every app-style snippet is imported into one wsgiref server (languages/python/runtime/host.py),
// the server its `app.run()` starts, which hands each request to the app owning its path; MAIN_CASE
// also runs as `python main.py`. A handler module's app is called once as a WSGI application (Bottle
// has no test client of its own); a problem document must name the request's path.
import { checkPythonHandlers, MAIN_CASE, missingPython, runImported, WSGI_REQUEST } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("bottle"),
  extraCases: [MAIN_CASE],
  run: runImported("wsgiref"),
  handler: {
    how: "WSGI call",
    check: (dir, cases) =>
      checkPythonHandlers(
        dir,
        cases,
        WSGI_REQUEST,
        [
          "status, headers, body = wsgi_request(m.app, method, route)",
          "if headers.get('content-type') == 'application/problem+json':",
          "    assert json.loads(body)['instance'] == route, body",
        ].join("\n"),
      ),
  },
};

export default runtime;
