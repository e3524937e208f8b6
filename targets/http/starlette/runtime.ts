// Starlette: every app-style snippet is imported into one uvicorn server (languages/python/runtime/host.py),
// which hands each request to the app owning its path; MAIN_CASE also runs as `python main.py`.
// A handler module (its `routes` list) is mounted in `Starlette(routes=m.routes)` and sent one request
// through ASGI directly (Starlette's test client needs httpx, which the pinned runtime does not install);
// a problem document must name the request's path.
import { ASGI_REQUEST, checkPythonHandlers, MAIN_CASE, missingPython, runImported } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("starlette"),
  extraCases: [MAIN_CASE],
  run: runImported("asgi"),
  handler: {
    how: "routes mounted in Starlette(routes=...), ASGI request",
    check: (dir, cases) =>
      checkPythonHandlers(
        dir,
        cases,
        [...ASGI_REQUEST, "from starlette.applications import Starlette"],
        [
          "status, headers, body = asgi_request(Starlette(routes=m.routes), method, route)",
          "if headers.get(b'content-type') == b'application/problem+json':",
          "    assert json.loads(body)['instance'] == route, body",
        ].join("\n"),
      ),
  },
};

export default runtime;
