// Sanic: two applications of one name cannot live in one process, so each case runs as its own
// `python main.py` (app.run, with Sanic's worker process), three at a time. A handler module's Blueprint
// is registered on an application of its own (in Sanic's test mode, as sanic-testing runs them) and sent
// one request through ASGI, after the ASGI lifespan start-up in which Sanic sets its routes up; a problem
// document must name the request's path.
import { checkAsgiHandlers, missingPython, runEachAsMain } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("sanic"),
  run: runEachAsMain(3, 30000),
  handler: {
    how: "Blueprint registered on an app, ASGI request after lifespan start-up",
    check: (dir, cases) =>
      checkAsgiHandlers(dir, cases, {
        setup: ["from sanic import Sanic", "Sanic.test_mode = True  # as sanic-testing sets it: many applications in one process"],
        before: ["app = Sanic('check_' + path.parent.name)", "app.blueprint(m.bp)"],
        app: "app",
        lifespan: true,
      }),
  },
};

export default runtime;
