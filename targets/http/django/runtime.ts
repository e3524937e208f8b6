// Django: a snippet calls settings.configure(), which runs once per process, so each case runs as its
// own `python main.py` (runserver), two at a time. A handler view is resolved through a path() built
// from the case's route (as the snippet's urls.py comment writes it) and called with a RequestFactory
// request; a problem document must name the request's path.
import { checkDjangoViews, missingPython, runEachAsMain } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("django"),
  run: runEachAsMain(2, 60000),
  handler: {
    how: "URL pattern resolved, RequestFactory request",
    check: (dir, cases) => checkDjangoViews(dir, cases, [], "m.endpoint"),
  },
};

export default runtime;
