import tornado


# tornado.web.Application([(r"/endpoint", EndpointHandler)])
class EndpointHandler(tornado.web.RequestHandler):
    def get(self):
        body = {"error": "too_many_requests", "message": "Too Many Requests"}
        self.set_status(429)
        self.set_header("Retry-After", "60")
        self.write(body)
