// Django: a snippet calls settings.configure(), which runs once per process, so each case runs as its
// own `python main.py` (runserver), two at a time. A handler view is resolved through a path() built
// from the case's route (as the snippet's urls.py comment writes it) and called with a RequestFactory
// request; a problem document must name the request's path.
import { checkPythonHandlers, missingPython, runEachAsMain } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("django"),
  run: runEachAsMain(2, 60000),
  handler: {
    how: "URL pattern resolved, RequestFactory request",
    check: (dir, cases) =>
      checkPythonHandlers(
        dir,
        cases,
        [
          "import re",
          "from django.conf import settings",
          "settings.configure(ALLOWED_HOSTS=['*'])",
          "import django",
          "django.setup()",
          "from django.test import RequestFactory",
          "from django.urls import path as url_path",
        ],
        [
          "url = url_path(re.sub(r'\\{(\\w+)\\}', r'<\\1>', pattern).lstrip('/'), m.endpoint)",
          "match = url.resolve(route.lstrip('/'))",
          "r = match.func(RequestFactory().generic(method, route), *match.args, **match.kwargs)",
          "status = r.status_code",
          "if r.get('Content-Type') == 'application/problem+json':",
          "    assert json.loads(r.content)['instance'] == route, r.content",
        ].join("\n"),
      ),
  },
};

export default runtime;
