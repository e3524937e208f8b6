import { runtimeCases } from "../cases.js";
import { runtimeSuite } from "../harness.js";
import { MAIN_CASE, missingPython, runImported } from "../python/host.js";

// Flask: every snippet is imported into one werkzeug server (test/runtime/python/host.py), which
// hands each request to the app owning its path; MAIN_CASE also runs as `python main.py`.
runtimeSuite(
  {
    framework: "flask",
    missing: () => missingPython("flask"),
    run: (cases) => runImported("wsgi", cases),
  },
  [...runtimeCases("flask"), MAIN_CASE],
);
