import tornado


# tornado.web.Application([(r"/endpoint", EndpointHandler)])
class EndpointHandler(tornado.web.RequestHandler):
    def get(self):
        body = {
            "status": "ok",
            "data": {"id": "abc-123", "name": "Example item", "active": True},
        }
        self.write(body)
