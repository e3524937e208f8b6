import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
class EndpointResource:
    # Falcon answers the methods with no responder here with 405 and Allow by itself.
    def on_delete(self, req, resp):
        body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
        resp.status = falcon.HTTP_405
        resp.set_header("Allow", "GET, HEAD")
        resp.media = body
