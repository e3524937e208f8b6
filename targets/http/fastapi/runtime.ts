// FastAPI: every app-style snippet is imported into one uvicorn server (languages/python/runtime/host.py),
// which hands each request to the app owning its path; MAIN_CASE also runs as `python main.py`.
// A handler module is imported and its app sent one request through ASGI directly (the test client
// needs httpx, which the pinned runtime does not install); a problem document must name the request's path.
import { checkAsgiHandlers, MAIN_CASE, missingPython, runImported } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("fastapi"),
  extraCases: [MAIN_CASE],
  run: runImported("asgi"),
  handler: {
    how: "ASGI request",
    check: (dir, cases) => checkAsgiHandlers(dir, cases, { app: "m.app" }),
  },
};

export default runtime;
