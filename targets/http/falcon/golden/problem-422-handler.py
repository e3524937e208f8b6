import json

import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
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
