import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
class EndpointResource:
    def on_post(self, req, resp):
        body = {"status": "accepted", "task_id": "abc-123"}
        resp.status = falcon.HTTP_202
        resp.media = body
