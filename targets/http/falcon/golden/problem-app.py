import json
import os
from wsgiref.simple_server import make_server

import falcon


class EndpointResource:
    def on_get(self, req, resp, item_id):
        problem = {
            "type": "about:blank",
            "title": "Not Found",
            "status": 404,
            "instance": req.path,
        }
        resp.status = falcon.HTTP_404
        resp.content_type = "application/problem+json"
        # a default app has no media handler for problem+json: the JSON goes as text
        resp.text = json.dumps(problem)


app = falcon.App()
app.add_route("/items/{item_id}", EndpointResource())

if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    with make_server("127.0.0.1", port, app) as httpd:
        print(f"Serving on http://127.0.0.1:{port}")
        httpd.serve_forever()
