// Django REST framework: a snippet calls settings.configure(), which runs once per process, so each case
// runs as its own `python main.py` (runserver), two at a time. A handler view (an @api_view function, or
// an APIView class when the response sets its own Allow) is resolved through a path() built from the
// case's route, as the snippet's urls.py comment writes it, and called with a RequestFactory request in a
// project with REST framework installed; a problem document must name the request's path.
import { checkPythonHandlers, missingPython, runEachAsMain } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("rest_framework"),
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
          "settings.configure(ALLOWED_HOSTS=['*'], INSTALLED_APPS=['django.contrib.auth', 'django.contrib.contenttypes', 'rest_framework'])",
          "import django",
          "django.setup()",
          "from django.test import RequestFactory",
          "from django.urls import path as url_path",
        ],
        [
          "view = m.Endpoint.as_view() if hasattr(m, 'Endpoint') else m.endpoint",
          "url = url_path(re.sub(r'\\{(\\w+)\\}', r'<\\1>', pattern).lstrip('/'), view)",
          "match = url.resolve(route.lstrip('/'))",
          "r = match.func(RequestFactory().generic(method, route), *match.args, **match.kwargs)",
          "status = r.status_code",
          "if hasattr(r, 'render'):",
          "    r.render()",
          "if r.get('Content-Type') == 'application/problem+json':",
          "    assert json.loads(r.content)['instance'] == route, r.content",
        ].join("\n"),
      ),
  },
};

export default runtime;
