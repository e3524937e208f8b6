import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
class EndpointResource:
    def on_get(self, req, resp):
        raise falcon.HTTPTemporaryRedirect("https://example.com/new-endpoint")
