// Django REST framework: a snippet calls settings.configure(), which runs once per process, so each case
// runs as its own `python main.py` (runserver), two at a time. A handler view (an @api_view function, or
// an APIView class when the response sets its own Allow) is resolved through a path() built from the
// case's route, as the snippet's urls.py comment writes it, and called with a RequestFactory request in a
// project with REST framework installed; a problem document must name the request's path.
import { checkDjangoViews, missingPython, runEachAsMain } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("rest_framework"),
  run: runEachAsMain(2, 60000),
  handler: {
    how: "URL pattern resolved, RequestFactory request",
    check: (dir, cases) =>
      checkDjangoViews(
        dir,
        cases,
        ["django.contrib.auth", "django.contrib.contenttypes", "rest_framework"],
        "m.Endpoint.as_view() if hasattr(m, 'Endpoint') else m.endpoint",
      ),
  },
};

export default runtime;
