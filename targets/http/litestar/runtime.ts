// Litestar: every app-style snippet is imported into one uvicorn server (languages/python/runtime/host.py),
// which hands each request to the app owning its path; MAIN_CASE also runs as `python main.py`.
// A handler module's route handler is registered in `Litestar([m.endpoint])` and sent one request through
// ASGI directly; a problem document must name the request's path.
import { checkAsgiHandlers, MAIN_CASE, missingPython, runImported } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("litestar"),
  extraCases: [MAIN_CASE],
  run: runImported("asgi"),
  handler: {
    how: "handler registered in Litestar([...]), ASGI request",
    check: (dir, cases) =>
      checkAsgiHandlers(dir, cases, {
        setup: ["from litestar import Litestar"],
        before: ["sys.modules[m.__name__] = m  # Litestar reads the handler's annotations in its module"],
        app: "Litestar([m.endpoint])",
      }),
  },
};

export default runtime;
