import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
class EndpointResource:
    def on_get(self, req, resp):
        raise falcon.HTTPMovedPermanently("https://example.com/new-endpoint")
