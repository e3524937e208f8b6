import tornado


# tornado.web.Application([(r"/endpoint", EndpointHandler)])
class EndpointHandler(tornado.web.RequestHandler):
    def get(self):
        body = {"error": "internal_server_error", "message": "Internal Server Error"}
        self.set_status(500)
        self.write(body)
