import { runtimeCases } from "../cases.js";
import { runtimeSuite } from "../harness.js";
import { MAIN_CASE, missingPython, runImported } from "../python/host.js";

// FastAPI: every snippet is imported into one uvicorn server (test/runtime/python/host.py), which
// hands each request to the app owning its path; MAIN_CASE also runs as `python main.py`.
runtimeSuite(
  {
    framework: "fastapi",
    missing: () => missingPython("fastapi"),
    run: (cases) => runImported("asgi", cases),
  },
  [...runtimeCases("fastapi"), MAIN_CASE],
);
