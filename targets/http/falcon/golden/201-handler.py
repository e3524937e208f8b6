import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
class EndpointResource:
    def on_post(self, req, resp):
        body = {
            "id": "abc-123",
            "name": "Example item",
            "created_at": "2026-02-24T12:00:00Z",
        }
        resp.status = falcon.HTTP_201
        resp.location = "/endpoint/abc-123"
        resp.media = body
