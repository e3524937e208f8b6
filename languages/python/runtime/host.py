"""Serves many app-style snippets from one process, for snipgen's runtime tests.

    python host.py wsgi|wsgiref|asgi|hypercorn|tornado PORT ROUTE=FILE...

Each FILE is a generated app-style snippet whose `app` is a WSGI application (wsgi, wsgiref) or an
ASGI one (asgi, hypercorn), or whose `make_app()` gives a Tornado Application (tornado). It is
imported as a module of its own, so its `if __name__ == "__main__":` block does not run; its `app`
object is taken as it is. Every snippet owns the one ROUTE it was generated for, and a request goes
to the app owning its path, unchanged (the app answers its own 404/405s). A path no app owns gets a
plain 404. The servers are the usual ones: werkzeug's development server for WSGI (what a WSGI
framework's `app.run` uses), the standard library's wsgiref (wsgiref), uvicorn for ASGI, Hypercorn
(hypercorn, what Quart's `app.run` uses), Tornado's HTTPServer (tornado).

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
        # A Tornado snippet builds its Application in make_app(), as Tornado's docs do.
        owners[route] = module.app if hasattr(module, "app") else module.make_app()
    return owners


def wsgi_dispatch(owners):
    """One WSGI app that hands each request to the app owning its path."""

    def dispatch(environ, start_response):
        app = owners.get(environ.get("PATH_INFO", ""))
        if app is None:
            start_response("404 Not Found", [("Content-Length", "0")])
            return [b""]
        return app(environ, start_response)

    return dispatch


def serve_wsgi(port, owners):
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", port, wsgi_dispatch(owners), threaded=True)
    print(f"serving {len(owners)} routes on 127.0.0.1:{port}", flush=True)
    server.serve_forever()


def serve_wsgiref(port, owners):
    """The standard library's wsgiref server (what Falcon's and Bottle's own examples start), a thread per request."""
    from socketserver import ThreadingMixIn
    from wsgiref.simple_server import WSGIServer, make_server

    class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
        daemon_threads = True

    server = make_server("127.0.0.1", port, wsgi_dispatch(owners), server_class=ThreadingWSGIServer)
    print(f"serving {len(owners)} routes on 127.0.0.1:{port}", flush=True)
    server.serve_forever()


def asgi_dispatch(owners):
    """One ASGI app that hands each request to the app owning its path."""

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

    return dispatch


def serve_asgi(port, owners):
    import uvicorn

    print(f"serving {len(owners)} routes on 127.0.0.1:{port}", flush=True)
    uvicorn.run(asgi_dispatch(owners), host="127.0.0.1", port=port, log_level="warning")


def serve_hypercorn(port, owners):
    """Hypercorn, the ASGI server Quart's app.run() starts."""
    import asyncio

    from hypercorn.asyncio import serve
    from hypercorn.config import Config

    config = Config()
    config.bind = [f"127.0.0.1:{port}"]
    print(f"serving {len(owners)} routes on 127.0.0.1:{port}", flush=True)
    asyncio.run(serve(asgi_dispatch(owners), config))


def serve_tornado(port, owners):
    """Tornado's own server: each snippet's Application answers the requests for its path."""
    import asyncio
    import re

    from tornado.routing import PathMatches, Rule, RuleRouter

    async def serve():
        router = RuleRouter([Rule(PathMatches(re.escape(route)), app) for route, app in owners.items()])
        from tornado.httpserver import HTTPServer

        HTTPServer(router).listen(port, address="127.0.0.1")
        print(f"serving {len(owners)} routes on 127.0.0.1:{port}", flush=True)
        await asyncio.Event().wait()

    asyncio.run(serve())


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
    elif mode == "wsgiref":
        serve_wsgiref(port, owners)
    elif mode == "asgi":
        serve_asgi(port, owners)
    elif mode == "hypercorn":
        serve_hypercorn(port, owners)
    elif mode == "tornado":
        serve_tornado(port, owners)
    elif mode == "aiohttp":
        serve_aiohttp(port, owners)
    else:
        raise SystemExit(f"unknown mode {mode}: expected wsgi, wsgiref, asgi, hypercorn, tornado or aiohttp")


if __name__ == "__main__":
    main()
