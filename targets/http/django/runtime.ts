// Django: a snippet calls settings.configure(), which runs once per process, so each case runs as its
// own `python main.py` (runserver), two at a time. A handler view is called with a RequestFactory request.
import { checkPythonHandlers, missingPython, runEachAsMain } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("django"),
  run: runEachAsMain(2, 60000),
  handler: {
    how: "RequestFactory request",
    check: (dir, cases) =>
      checkPythonHandlers(
        dir,
        cases,
        [
          "from django.conf import settings",
          "settings.configure(ALLOWED_HOSTS=['*'])",
          "import django",
          "django.setup()",
          "from django.test import RequestFactory",
        ],
        "status = m.endpoint(RequestFactory().generic(method, route)).status_code",
      ),
  },
};

export default runtime;
