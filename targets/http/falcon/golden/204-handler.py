import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
class EndpointResource:
    def on_delete(self, req, resp):
        resp.status = falcon.HTTP_204
