import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
class EndpointResource:
    def on_post(self, req, resp):
        raise falcon.HTTPSeeOther("/endpoint/abc-123")
