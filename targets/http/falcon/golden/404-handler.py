import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
class EndpointResource:
    def on_get(self, req, resp):
        body = {"error": "not_found", "message": "Not Found"}
        resp.status = falcon.HTTP_404
        resp.media = body
