"""Serves many app-style snippets from one process, for snipgen's runtime tests.

    python host.py wsgi|asgi PORT ROUTE=FILE...

Each FILE is a generated app-style snippet whose `app` is a WSGI application (wsgi) or an ASGI one
(asgi). It is imported as a module of its own, so its `if __name__ == "__main__":` block does not
run; its `app` object is taken as it is. Every snippet owns the one ROUTE it was generated for, and a
request goes to the app owning its path, unchanged (the app answers its own 404/405s). A path no app
owns gets a plain 404. The servers are the usual ones: werkzeug's development server for WSGI (what
a WSGI framework's `app.run` uses), uvicorn for ASGI.

    python host.py aiohttp PORT ROUTE=FILE...

serves snippets whose `app` is an aiohttp web.Application the same way: one web.Application, started
with aiohttp's own `web.run_app`, holds every app's routes as they were added.
"""

import importlib.util
import sys


def load(pairs):
    """Imports each ROUTE=FILE's file as module snipgen_case_<i>; returns route path -> its `app`."""
    owners = {}
    for i, pair in enumerate(pairs):
        route, file = pair.split("=", 1)
        if route in owners:
            raise SystemExit(f"two snippets declare the route {route}")
        name = f"snipgen_case_{i}"
        spec = importlib.util.spec_from_file_location(name, file)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        owners[route] = module.app
    return owners


def serve_wsgi(port, owners):
    from werkzeug.serving import make_server

    def dispatch(environ, start_response):
        app = owners.get(environ.get("PATH_INFO", ""))
        if app is None:
            start_response("404 Not Found", [("Content-Length", "0")])
            return [b""]
        return app(environ, start_response)

    server = make_server("127.0.0.1", port, dispatch, threaded=True)
    print(f"serving {len(owners)} routes on 127.0.0.1:{port}", flush=True)
    server.serve_forever()


def serve_asgi(port, owners):
    import uvicorn

    async def dispatch(scope, receive, send):
        if scope["type"] == "lifespan":
            # Forward start-up and shut-down to no app: the snippets declare no lifespan handlers.
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        app = owners.get(scope.get("path", ""))
        if app is None:
            await send({"type": "http.response.start", "status": 404, "headers": []})
            await send({"type": "http.response.body", "body": b""})
            return
        await app(scope, receive, send)

    print(f"serving {len(owners)} routes on 127.0.0.1:{port}", flush=True)
    uvicorn.run(dispatch, host="127.0.0.1", port=port, log_level="warning")


def serve_aiohttp(port, owners):
    from aiohttp import web

    front = web.Application()
    for app in owners.values():
        for route in app.router.routes():
            front.router.add_route(
                route.method, route.resource.canonical, route.handler
            )
    print(f"serving {len(owners)} routes on 127.0.0.1:{port}", flush=True)
    web.run_app(front, host="127.0.0.1", port=port, print=None)


def main():
    mode, port, pairs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    owners = load(pairs)
    if mode == "wsgi":
        serve_wsgi(port, owners)
    elif mode == "asgi":
        serve_asgi(port, owners)
    elif mode == "aiohttp":
        serve_aiohttp(port, owners)
    else:
        raise SystemExit(f"unknown mode {mode}: expected wsgi, asgi or aiohttp")


if __name__ == "__main__":
    main()
