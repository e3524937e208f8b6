// Quart: every app-style snippet is imported into one Hypercorn server (languages/python/runtime/host.py),
// the ASGI server Quart's app.run() starts, which hands each request to the app owning its path;
// MAIN_CASE also runs as `python main.py`. A handler module's app is asked once through Quart's test
// client; a problem document must name the request's path.
import { importedPythonRuntime } from "../../../languages/python/runtime/host.js";

export default importedPythonRuntime("quart", "hypercorn", {
  how: "test client",
  setup: ["import asyncio"],
  exercise: [
    "r = asyncio.run(m.app.test_client().open(route, method=method))",
    "status = r.status_code",
    "if r.mimetype == 'application/problem+json':",
    "    assert json.loads(asyncio.run(r.get_data()))['instance'] == route",
  ],
});
