"""Serves many app-style snippets from one process, for snipgen's runtime tests.

    python host.py wsgi|asgi PORT FILE...

Each FILE is a generated app-style snippet (Flask for wsgi, FastAPI for asgi). It is imported as a
module of its own, so its `if __name__ == "__main__":` block does not run; its `app` object is
taken as it is. Every snippet owns one route, and a request goes to the app whose route equals the
request's path, unchanged (the app answers its own 404/405s). A path no app owns gets a plain 404.
The servers are the ones the snippets start themselves: werkzeug's (what `app.run` uses) for
Flask, uvicorn for FastAPI.
"""

import importlib.util
import sys


def load(files):
    """Imports each file as module snipgen_case_<i> and returns their `app` objects."""
    apps = []
    for i, file in enumerate(files):
        name = f"snipgen_case_{i}"
        spec = importlib.util.spec_from_file_location(name, file)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        apps.append(module.app)
    return apps


def owner_map(apps, routes_of):
    """Route path to the app that declares it; two apps declaring one path is an error."""
    owners = {}
    for app in apps:
        for route in routes_of(app):
            if route in owners and owners[route] is not app:
                raise SystemExit(f"two snippets declare the route {route}")
            owners[route] = app
    return owners


def flask_routes(app):
    return [rule.rule for rule in app.url_map.iter_rules() if rule.endpoint != "static"]


def fastapi_routes(app):
    docs = {app.openapi_url, app.docs_url, app.redoc_url, app.swagger_ui_oauth2_redirect_url}
    return [r.path for r in app.routes if r.path not in docs]


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


def main():
    mode, port, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    apps = load(files)
    if mode == "wsgi":
        serve_wsgi(port, owner_map(apps, flask_routes))
    elif mode == "asgi":
        serve_asgi(port, owner_map(apps, fastapi_routes))
    else:
        raise SystemExit(f"unknown mode {mode}: expected wsgi or asgi")


if __name__ == "__main__":
    main()
