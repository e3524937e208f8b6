import tornado


# tornado.web.Application([(r"/endpoint", EndpointHandler)])
class EndpointHandler(tornado.web.RequestHandler):
    def get(self):
        body = {"error": "im_a_teapot", "message": "I'm a teapot"}
        self.set_status(418)
        self.write(body)
