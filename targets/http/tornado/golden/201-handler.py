import tornado


# tornado.web.Application([(r"/endpoint", EndpointHandler)])
class EndpointHandler(tornado.web.RequestHandler):
    def post(self):
        body = {
            "id": "abc-123",
            "name": "Example item",
            "created_at": "2026-02-24T12:00:00Z",
        }
        self.set_status(201)
        self.set_header("Location", "/endpoint/abc-123")
        self.write(body)
