// aiohttp: every app-style snippet is imported and its app's routes served by one web.run_app
// (languages/python/runtime/host.py); MAIN_CASE also runs as `python main.py`. A handler module's RouteTableDef is added to a web.Application and
// asked once through aiohttp's own TestClient (a TestServer on loopback); a problem document must name
// the request's path.
import { checkPythonHandlers, MAIN_CASE, missingPython, runImported } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

const runtime: TargetRuntime = {
  missing: () => missingPython("aiohttp"),
  extraCases: [MAIN_CASE],
  run: runImported("aiohttp"),
  handler: {
    how: "routes added to a web.Application, aiohttp TestClient",
    check: (dir, cases) =>
      checkPythonHandlers(
        dir,
        cases,
        [
          "import asyncio",
          "from aiohttp import web",
          "from aiohttp.test_utils import TestClient, TestServer",
          "async def ask(routes, method, path):",
          "    app = web.Application()",
          "    app.add_routes(routes)",
          "    async with TestClient(TestServer(app)) as client:",
          "        r = await client.request(method, path, allow_redirects=False)",
          "        return r.status, r.headers, await r.read()",
        ],
        [
          "status, headers, body = asyncio.run(ask(m.routes, method, route))",
          "if headers.get('Content-Type', '').startswith('application/problem+json'):",
          "    assert json.loads(body)['instance'] == route, body",
        ].join("\n"),
      ),
  },
};

export default runtime;
