import tornado


# tornado.web.Application([(r"/endpoint", EndpointHandler)])
class EndpointHandler(tornado.web.RequestHandler):
    def get(self):
        body = {"error": "service_unavailable", "message": "Service Unavailable"}
        self.set_status(503)
        self.set_header("Retry-After", "120")
        self.write(body)
