// FastAPI: every app-style snippet is imported into one uvicorn server (languages/python/runtime/host.py),
// which hands each request to the app owning its path; MAIN_CASE also runs as `python main.py`.
// A handler module is imported and its app sent one request through ASGI directly (the test client
// needs httpx, which the pinned runtime does not install); a problem document must name the request's path.
import { checkPythonHandlers, MAIN_CASE, missingPython, runImported } from "../../../languages/python/runtime/host.js";
import type { TargetRuntime } from "../../../test/runtime/harness.js";

/** Python: sends one HTTP request to an ASGI app and collects the status, headers and body it answers. */
const ASGI_REQUEST = [
  "import asyncio",
  "def asgi_request(app, method, path):",
  "    messages = []",
  "    async def receive():",
  "        return {'type': 'http.request', 'body': b'', 'more_body': False}",
  "    async def send(message):",
  "        messages.append(message)",
  "    scope = {'type': 'http', 'asgi': {'version': '3.0'}, 'http_version': '1.1', 'method': method,",
  "             'scheme': 'http', 'path': path, 'raw_path': path.encode(), 'root_path': '', 'query_string': b'',",
  "             'headers': [(b'host', b'testserver')], 'server': ('testserver', 80), 'client': ('127.0.0.1', 50000)}",
  "    asyncio.run(app(scope, receive, send))",
  "    start = next(m for m in messages if m['type'] == 'http.response.start')",
  "    body = b''.join(m.get('body', b'') for m in messages if m['type'] == 'http.response.body')",
  "    return start['status'], dict(start['headers']), body",
];

const runtime: TargetRuntime = {
  missing: () => missingPython("fastapi"),
  extraCases: [MAIN_CASE],
  run: runImported("asgi"),
  handler: {
    how: "ASGI request",
    check: (dir, cases) =>
      checkPythonHandlers(
        dir,
        cases,
        ASGI_REQUEST,
        [
          "status, headers, body = asgi_request(m.app, method, route)",
          "if headers.get(b'content-type') == b'application/problem+json':",
          "    assert json.loads(body)['instance'] == route, body",
        ].join("\n"),
      ),
  },
};

export default runtime;
