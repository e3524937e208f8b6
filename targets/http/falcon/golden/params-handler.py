import falcon


# app.py: app.add_route("/users/{user_id}/posts/{post_id}", resources.EndpointResource())
class EndpointResource:
    def on_get(self, req, resp, user_id, post_id):
        body = {
            "status": "ok",
            "data": {"id": "abc-123", "name": "Example item", "active": True},
        }
        resp.status = falcon.HTTP_200
        resp.media = body
