// Bottle: every app-style snippet is imported into one wsgiref server (languages/python/runtime/host.py),
// the server its `app.run()` starts, which hands each request to the app owning its path; MAIN_CASE
// also runs as `python main.py`. A handler module's app is called once as a WSGI application (Bottle
// has no test client of its own); a problem document must name the request's path.
import { importedPythonRuntime, WSGI_REQUEST } from "../../../languages/python/runtime/host.js";

export default importedPythonRuntime("bottle", "wsgiref", {
  how: "WSGI call",
  setup: WSGI_REQUEST,
  exercise: [
    "status, headers, body = wsgi_request(m.app, method, route)",
    "if headers.get('content-type') == 'application/problem+json':",
    "    assert json.loads(body)['instance'] == route, body",
  ],
});
