/**
 * Runs Python app-style snippets for the runtime layer: one process per case (`python main.py`, the
 * way its user starts it), or many WSGI or ASGI apps imported into one server (host.py).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCommand } from "../../../test/helpers/files.js";
import type { RuntimeCase } from "../../../test/runtime/cases.js";
import {
  caseFiles,
  pool,
  runAsync,
  runOneProcess,
  send,
  ServerProcess,
  startServer,
  VENV,
  withCaseFiles,
  type LiveResponse,
  type LoadedCase,
  type TargetRuntime,
} from "../../../test/runtime/harness.js";

export const PYTHON = `${VENV}/bin/python`;
const HOST_PY = fileURLToPath(new URL("./host.py", import.meta.url));

/** Null when the venv's python imports `module`; otherwise what is missing. */
export function missingPython(module: string): string | null {
  if (!existsSync(PYTHON)) return `no Python venv at ${VENV} (run .ci/install-runtimes.sh)`;
  const r = spawnSync(PYTHON, ["-c", `import ${module}`], { encoding: "utf8" });
  return r.status === 0 ? null : `${module} is not installed in ${VENV}: ${r.stderr.trim().split("\n").pop()}`;
}

/**
 * The value of a Python expression over `url` for each URL, evaluated by the venv's Python and passed back as
 * JSON: what a framework's redirect helper makes of each URL, for the tests of a target's helpers.
 */
export function pythonForEachUrl(expression: string, urls: readonly string[]): unknown[] {
  const script = ["import json, sys", `print(json.dumps([${expression} for url in json.load(sys.stdin)]))`].join("\n");
  return JSON.parse(runCommand(PYTHON, ["-c", script], { input: JSON.stringify(urls) })) as unknown[];
}

/**
 * A case generated without `--route` (the default route): a runtime that imports snippets runs it as
 * `python main.py`, so the snippet's own `if __name__ == "__main__":` start-up is proven too.
 */
export const MAIN_CASE: RuntimeCase = { name: "main-default-route", code: 202, args: [] };

/** Runs one snippet the way its user would: `python main.py` with PORT set, in the snippet's folder. */
export function runAsMain(c: LoadedCase, file: string, bootMs: number): Promise<LiveResponse> {
  return runOneProcess(c, (port) => new ServerProcess(PYTHON, [file], { cwd: join(file, ".."), env: { PORT: String(port), PYTHONUNBUFFERED: "1" } }), bootMs);
}

/** Every case as its own `python main.py`, `concurrency` at a time. */
export function runEachAsMain(concurrency: number, bootMs: number) {
  return (cases: LoadedCase[]): Promise<Map<string, LiveResponse>> =>
    withCaseFiles(caseFiles(cases), async (_dir, paths) => {
      const responses = await pool(cases, concurrency, (c, i) => runAsMain(c, paths[i]!, bootMs));
      return new Map(cases.map((c, i) => [c.case.name, responses[i]!]));
    });
}

/**
 * Serves every case from one host.py process (`wsgi` apps on werkzeug's server, `wsgiref` ones on the
 * standard library's, `asgi` ones on uvicorn or `hypercorn`, `tornado` Applications on Tornado's server,
 * `aiohttp` apps on aiohttp's), except MAIN_CASE, which runs as its own `python main.py`; returns the live
 * responses by case name.
 */
/** The servers host.py runs snippets on (see its docstring). */
export type HostMode = "wsgi" | "wsgiref" | "asgi" | "hypercorn" | "tornado" | "aiohttp";

export function runImported(mode: HostMode) {
  return (cases: LoadedCase[]): Promise<Map<string, LiveResponse>> =>
    withCaseFiles(caseFiles(cases), async (dir, paths) => {
      const all = cases.map((c, i) => ({ c, file: paths[i]! }));
      const imported = all.filter(({ c }) => c.case.name !== MAIN_CASE.name);
      const main = all.filter(({ c }) => c.case.name === MAIN_CASE.name);
      const live = new Map<string, LiveResponse>();
      const routes = imported.map(({ c, file }) => `${c.doc.path}=${file}`);
      const alone = Promise.all(main.map(async ({ c, file }) => live.set(c.case.name, await runAsMain(c, file, 60000))));
      const together = (async () => {
        if (!imported.length) return;
        const { server, port } = await startServer(
          (port) => new ServerProcess(PYTHON, [HOST_PY, mode, String(port), ...routes], { cwd: dir, env: { PYTHONUNBUFFERED: "1" } }),
          imported[0]!.c.doc.path,
          60000,
        );
        try {
          await pool(imported, 8, async ({ c }) => {
            try {
              live.set(c.case.name, await send(port, c.doc.method, c.doc.path));
            } catch (err) {
              throw new Error(`${c.case.name}: ${(err as Error).message}\n${server.output}`);
            }
          });
        } finally {
          await server.stop();
        }
      })();
      await Promise.all([alone, together]);
      return live;
    });
}

/**
 * Python: sends one request to a WSGI app (an environ from wsgiref's testing defaults) and collects the
 * status, the headers (lower-case names) and the body it answers, for frameworks without a test client.
 */
export const WSGI_REQUEST = [
  "from wsgiref.util import setup_testing_defaults",
  "def wsgi_request(app, method, path):",
  "    environ = {'REQUEST_METHOD': method, 'PATH_INFO': path}",
  "    setup_testing_defaults(environ)",
  "    started = {}",
  "    def start_response(status, headers, exc_info=None):",
  "        started.update(status=int(status.split()[0]), headers={k.lower(): v for k, v in headers})",
  "    body = b''.join(app(environ, start_response))",
  "    return started['status'], started['headers'], body",
];

/**
 * A handler check in Python: imports every `dir/<case>/<file>` and runs `exercise` (lines of Python
 * that set `status` from the module `m`, the case's `method`, `route` (the request path) and `pattern`
 * (the route with its {name} parameters)), after `setup` lines.
 */
export async function checkPythonHandlers(
  dir: string,
  cases: { name: string; code: number; method: string; path: string; route: string }[],
  setup: string[],
  exercise: string,
): Promise<void> {
  const expected = Object.fromEntries(cases.map((c) => [c.name, [c.code, c.method, c.path, c.route]]));
  const script = [
    "import importlib.util, json, pathlib, sys, traceback",
    ...setup,
    "expected = json.loads(sys.argv[2])",
    "bad = 0",
    "for path in sorted(pathlib.Path(sys.argv[1]).glob('*/*.py')):",
    "    code, method, route, pattern = expected[path.parent.name]",
    "    spec = importlib.util.spec_from_file_location(f'case_{path.parent.name}', path)",
    "    try:",
    "        m = importlib.util.module_from_spec(spec)",
    "        spec.loader.exec_module(m)",
    ...exercise.split("\n").map((line) => `        ${line}`),
    "        if status != code:",
    "            raise AssertionError(f'answered {status}, expected {code}')",
    "    except Exception:",
    "        bad += 1",
    "        print(path.parent.name, traceback.format_exc(limit=2))",
    "sys.exit(1 if bad else 0)",
  ].join("\n");
  const r = await runAsync(PYTHON, ["-c", script, dir, JSON.stringify(expected)], { cwd: dir });
  if (r.status !== 0) throw new Error(`handler modules failed:\n${r.stdout}${r.stderr}`);
}

/**
 * The runtime of a Python target whose app-style snippets host.py serves on `mode`'s server (MAIN_CASE
 * also as `python <file>`), and whose handler modules are each checked by the `exercise` lines after the
 * `setup` lines (checkPythonHandlers).
 */
export function importedPythonRuntime(module: string, mode: HostMode, handler: { how: string; setup: string[]; exercise: string[] }): TargetRuntime {
  return {
    missing: () => missingPython(module),
    extraCases: [MAIN_CASE],
    run: runImported(mode),
    handler: { how: handler.how, check: (dir, cases) => checkPythonHandlers(dir, cases, handler.setup, handler.exercise.join("\n")) },
  };
}

/**
 * Python: sends one HTTP request to an ASGI app and collects the status, headers and body it answers
 * (`asgi_request`; `asgi_send` is the same as a coroutine).
 */
export const ASGI_REQUEST = [
  "import asyncio",
  "async def asgi_send(app, method, path):",
  "    messages = []",
  "    async def receive():",
  "        return {'type': 'http.request', 'body': b'', 'more_body': False}",
  "    async def send(message):",
  "        messages.append(message)",
  "    scope = {'type': 'http', 'asgi': {'version': '3.0'}, 'http_version': '1.1', 'method': method,",
  "             'scheme': 'http', 'path': path, 'raw_path': path.encode(), 'root_path': '', 'query_string': b'',",
  "             'headers': [(b'host', b'testserver')], 'server': ('testserver', 80), 'client': ('127.0.0.1', 50000)}",
  "    await app(scope, receive, send)",
  "    start = next(m for m in messages if m['type'] == 'http.response.start')",
  "    body = b''.join(m.get('body', b'') for m in messages if m['type'] == 'http.response.body')",
  "    return start['status'], dict(start['headers']), body",
  "def asgi_request(app, method, path):",
  "    return asyncio.run(asgi_send(app, method, path))",
];

/**
 * Python, after ASGI_REQUEST: `asgi_lifespan_request(app, method, path)` starts the app through the ASGI
 * lifespan protocol first (frameworks such as Sanic set their routes up there), sends the request, then
 * shuts the app down.
 */
export const ASGI_LIFESPAN_REQUEST = [
  "async def asgi_lifespan_send(app, method, path):",
  "    inbox = asyncio.Queue()",
  "    started = asyncio.get_running_loop().create_future()",
  "    async def receive():",
  "        return await inbox.get()",
  "    async def send(message):",
  "        if message['type'].startswith('lifespan.startup.') and not started.done():",
  "            started.set_result(message)",
  "    task = asyncio.create_task(app({'type': 'lifespan', 'asgi': {'version': '3.0'}}, receive, send))",
  "    await inbox.put({'type': 'lifespan.startup'})",
  "    message = await started",
  "    assert message['type'] == 'lifespan.startup.complete', message",
  "    try:",
  "        return await asgi_send(app, method, path)",
  "    finally:",
  "        await inbox.put({'type': 'lifespan.shutdown'})",
  "        await task",
  "def asgi_lifespan_request(app, method, path):",
  "    return asyncio.run(asgi_lifespan_send(app, method, path))",
];

/**
 * A handler check for ASGI apps: every module `m` gets one request through ASGI directly, to `app` (a Python
 * expression, after the `before` lines), after the lifespan start-up when `lifespan` is set; a problem
 * document must name the request's path. `setup` lines run once, after ASGI_REQUEST.
 */
export function checkAsgiHandlers(
  dir: string,
  cases: Parameters<typeof checkPythonHandlers>[1],
  options: { app: string; setup?: string[]; before?: string[]; lifespan?: boolean },
): Promise<void> {
  const request = options.lifespan ? "asgi_lifespan_request" : "asgi_request";
  return checkPythonHandlers(
    dir,
    cases,
    [...ASGI_REQUEST, ...(options.lifespan ? ASGI_LIFESPAN_REQUEST : []), ...(options.setup ?? [])],
    [
      ...(options.before ?? []),
      `status, headers, body = ${request}(${options.app}, method, route)`,
      "if headers.get(b'content-type') == b'application/problem+json':",
      "    assert json.loads(body)['instance'] == route, body",
    ].join("\n"),
  );
}

/**
 * A handler check for Django views (Django, REST framework): each view (`view`, a Python expression of the
 * module `m`) is resolved through a path() built from the case's route, as the snippet's urls.py comment
 * writes it, and called with a RequestFactory request, in settings with `installedApps`; a response that
 * renders later (REST framework's) is rendered, and a problem document must name the request's path.
 */
export function checkDjangoViews(dir: string, cases: Parameters<typeof checkPythonHandlers>[1], installedApps: string[], view: string): Promise<void> {
  return checkPythonHandlers(
    dir,
    cases,
    [
      "import re",
      "from django.conf import settings",
      `settings.configure(ALLOWED_HOSTS=['*'], INSTALLED_APPS=${JSON.stringify(installedApps)})`,
      "import django",
      "django.setup()",
      "from django.test import RequestFactory",
      "from django.urls import path as url_path",
    ],
    [
      `url = url_path(re.sub(r'\\{(\\w+)\\}', r'<\\1>', pattern).lstrip('/'), ${view})`,
      "match = url.resolve(route.lstrip('/'))",
      "r = match.func(RequestFactory().generic(method, route), *match.args, **match.kwargs)",
      "status = r.status_code",
      "if hasattr(r, 'render'):",
      "    r.render()",
      "if r.get('Content-Type') == 'application/problem+json':",
      "    assert json.loads(r.content)['instance'] == route, r.content",
    ].join("\n"),
  );
}
