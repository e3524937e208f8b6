import os
from wsgiref.simple_server import make_server

import falcon


class EndpointResource:
    # Falcon answers the methods with no responder here with 405 and Allow by itself.
    def on_delete(self, req, resp):
        body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
        resp.status = falcon.HTTP_405
        resp.set_header("Allow", "GET, HEAD")
        resp.media = body


app = falcon.App()
app.add_route("/endpoint", EndpointResource())

if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    with make_server("127.0.0.1", port, app) as httpd:
        print(f"Serving on http://127.0.0.1:{port}")
        httpd.serve_forever()
