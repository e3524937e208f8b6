import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
class EndpointResource:
    def on_get(self, req, resp):
        body = {"error": "internal_server_error", "message": "Internal Server Error"}
        resp.status = falcon.HTTP_500
        resp.media = body
