// Tornado: every app-style snippet's make_app() is served by one Tornado HTTPServer
// (languages/python/runtime/host.py), which routes each request to the Application owning its path;
// MAIN_CASE also runs as `python app.py`. A handler module's EndpointHandler is put in an Application at
// the case's route (as the snippet's comment writes it), served on a loopback port and asked once with
// Tornado's HTTP client; a problem document must name the request's path.
import { importedPythonRuntime } from "../../../languages/python/runtime/host.js";

/** Python: serves one RequestHandler at a route ({name} parameters as groups) and sends it one request. */
const TORNADO_REQUEST = [
  "import asyncio, re",
  "import tornado.httpclient, tornado.httpserver, tornado.testing, tornado.web",
  "def tornado_request(handler, pattern, method, path):",
  "    async def ask():",
  "        app = tornado.web.Application([(re.sub(r'\\{\\w+\\}', '([^/]+)', pattern.replace('.', r'\\.')), handler)])",
  "        sock, port = tornado.testing.bind_unused_port()",
  "        server = tornado.httpserver.HTTPServer(app)",
  "        server.add_sockets([sock])",
  "        body = None if method in ('GET', 'DELETE', 'OPTIONS') else b'{}'",
  "        try:",
  "            return await tornado.httpclient.AsyncHTTPClient().fetch(",
  "                f'http://127.0.0.1:{port}{path}', method=method, body=body, raise_error=False, follow_redirects=False)",
  "        finally:",
  "            server.stop()",
  "    return asyncio.run(ask())",
];

export default importedPythonRuntime("tornado", "tornado", {
  how: "served on loopback, Tornado's HTTP client",
  setup: TORNADO_REQUEST,
  exercise: [
    "r = tornado_request(m.EndpointHandler, pattern, method, route)",
    "status = r.code",
    "if r.headers.get('Content-Type') == 'application/problem+json':",
    "    assert json.loads(r.body)['instance'] == route, r.body",
  ],
});
