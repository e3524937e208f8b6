// Sanic: two applications of one name cannot live in one process, so each case runs as its own
// `python main.py` (app.run, with Sanic's worker process), three at a time. A handler module's Blueprint
// is registered on an application of its own (in Sanic's test mode, as sanic-testing runs them) and sent
// one request through ASGI, after the ASGI lifespan start-up in which Sanic sets its routes up; a problem
// document must name the request's path.
import { ASGI_LIFESPAN_REQUEST, ASGI_REQUEST, checkPythonHandlers, missingPython, runEachAsMain } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("sanic"),
  run: runEachAsMain(3, 30000),
  handler: {
    how: "Blueprint registered on an app, ASGI request after lifespan start-up",
    check: (dir, cases) =>
      checkPythonHandlers(
        dir,
        cases,
        [
          ...ASGI_REQUEST,
          ...ASGI_LIFESPAN_REQUEST,
          "from sanic import Sanic",
          "Sanic.test_mode = True  # as sanic-testing sets it: many applications in one process",
        ],
        [
          "app = Sanic('check_' + path.parent.name)",
          "app.blueprint(m.bp)",
          "status, headers, body = asgi_lifespan_request(app, method, route)",
          "if headers.get(b'content-type') == b'application/problem+json':",
          "    assert json.loads(body)['instance'] == route, body",
        ].join("\n"),
      ),
  },
};

export default runtime;
