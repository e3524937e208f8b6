import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
class EndpointResource:
    def on_get(self, req, resp):
        body = {
            "status": "ok",
            "data": {"id": "abc-123", "name": "Example item", "active": True},
        }
        resp.status = falcon.HTTP_200
        resp.media = body
