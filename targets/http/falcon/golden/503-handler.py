import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
class EndpointResource:
    def on_get(self, req, resp):
        body = {"error": "service_unavailable", "message": "Service Unavailable"}
        resp.status = falcon.HTTP_503
        resp.set_header("Retry-After", "120")
        resp.media = body
