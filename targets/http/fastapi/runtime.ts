// FastAPI: every app-style snippet is imported into one uvicorn server (languages/python/runtime/host.py),
// which hands each request to the app owning its path; MAIN_CASE also runs as `python main.py`.
// A handler module is imported and its endpoint function called.
import { checkPythonHandlers, MAIN_CASE, missingPython, runImported } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("fastapi"),
  extraCases: [MAIN_CASE],
  run: runImported("asgi"),
  handler: {
    how: "endpoint called",
    check: (dir, cases) => checkPythonHandlers(dir, cases, [], "status = m.endpoint().status_code"),
  },
};

export default runtime;
