import os
from wsgiref.simple_server import make_server

import falcon


class EndpointResource:
    def on_post(self, req, resp):
        body = {"status": "accepted", "task_id": "abc-123"}
        resp.status = falcon.HTTP_202
        resp.media = body


app = falcon.App()
app.add_route("/endpoint", EndpointResource())

if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    with make_server("127.0.0.1", port, app) as httpd:
        print(f"Serving on http://127.0.0.1:{port}")
        httpd.serve_forever()
