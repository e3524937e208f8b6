import tornado


# tornado.web.Application([(r"/users/([^/]+)/posts/([^/]+)", EndpointHandler)])
class EndpointHandler(tornado.web.RequestHandler):
    def get(self, user_id, post_id):
        body = {
            "status": "ok",
            "data": {"id": "abc-123", "name": "Example item", "active": True},
        }
        self.write(body)
