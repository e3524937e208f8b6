// Falcon: every app-style snippet is imported into one wsgiref server (languages/python/runtime/host.py),
// the server its `python app.py` starts, which hands each request to the app owning its path; MAIN_CASE
// also runs as `python app.py`. A handler module's resource is added to a falcon.App at the case's route
// (as the snippet's app.py comment writes it) and asked once through Falcon's test client; a problem
// document must name the request's path.
import { importedPythonRuntime } from "../../../languages/python/runtime/host.js";

export default importedPythonRuntime("falcon", "wsgiref", {
  how: "resource added to a falcon.App, test client",
  setup: ["import falcon, falcon.testing"],
  exercise: [
    "app = falcon.App()",
    "app.add_route(pattern, m.EndpointResource())",
    "r = falcon.testing.TestClient(app).simulate_request(method, route)",
    "status = r.status_code",
    "if r.headers.get('content-type') == 'application/problem+json':",
    "    assert r.json['instance'] == route, r.text",
  ],
});
