import os
from wsgiref.simple_server import make_server

import falcon


class EndpointResource:
    def on_get(self, req, resp):
        body = {"error": "internal_server_error", "message": "Internal Server Error"}
        resp.status = falcon.HTTP_500
        resp.media = body


app = falcon.App()
app.add_route("/endpoint", EndpointResource())

if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    with make_server("127.0.0.1", port, app) as httpd:
        print(f"Serving on http://127.0.0.1:{port}")
        httpd.serve_forever()
