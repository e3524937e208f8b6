import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
class EndpointResource:
    def on_get(self, req, resp):
        body = {"error": "too_many_requests", "message": "Too Many Requests"}
        resp.status = falcon.HTTP_429
        resp.set_header("Retry-After", "60")
        resp.media = body
