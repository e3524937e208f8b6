import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
class EndpointResource:
    def on_get(self, req, resp):
        body = {"error": "im_a_teapot", "message": "I'm a teapot"}
        resp.status = falcon.HTTP_418
        resp.media = body
