import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
class EndpointResource:
    def on_get(self, req, resp):
        body = {"error": "unauthorized", "message": "Unauthorized"}
        resp.status = falcon.HTTP_401
        resp.set_header("WWW-Authenticate", 'Bearer realm="api"')
        resp.media = body
