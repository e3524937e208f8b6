import json

import falcon


# app.py: app.add_route("/items/{item_id}", resources.EndpointResource())
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
