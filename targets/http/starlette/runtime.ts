// Starlette: every app-style snippet is imported into one uvicorn server (languages/python/runtime/host.py),
// which hands each request to the app owning its path; MAIN_CASE also runs as `python main.py`.
// A handler module (its `routes` list) is mounted in `Starlette(routes=m.routes)` and sent one request
// through ASGI directly (Starlette's test client needs httpx, which the pinned runtime does not install);
// a problem document must name the request's path.
import { checkAsgiHandlers, MAIN_CASE, missingPython, runImported } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("starlette"),
  extraCases: [MAIN_CASE],
  run: runImported("asgi"),
  handler: {
    how: "routes mounted in Starlette(routes=...), ASGI request",
    check: (dir, cases) => checkAsgiHandlers(dir, cases, { setup: ["from starlette.applications import Starlette"], app: "Starlette(routes=m.routes)" }),
  },
};

export default runtime;
