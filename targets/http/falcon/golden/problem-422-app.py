import json
import os
from wsgiref.simple_server import make_server

import falcon


class EndpointResource:
    def on_post(self, req, resp):
        problem = {
            "type": "about:blank",
            "title": "Unprocessable Content",
            "status": 422,
            "instance": req.path,
        }
        resp.status = falcon.HTTP_422
        resp.content_type = "application/problem+json"
        # a default app has no media handler for problem+json: the JSON goes as text
        resp.text = json.dumps(problem)


app = falcon.App()
app.add_route("/endpoint", EndpointResource())

if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    with make_server("127.0.0.1", port, app) as httpd:
        print(f"Serving on http://127.0.0.1:{port}")
        httpd.serve_forever()
