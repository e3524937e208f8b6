import tornado


# tornado.web.Application([(r"/endpoint", EndpointHandler)])
class EndpointHandler(tornado.web.RequestHandler):
    def get(self):
        body = {"error": "not_found", "message": "Not Found"}
        self.set_status(404)
        self.write(body)
