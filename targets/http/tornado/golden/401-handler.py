import tornado


# tornado.web.Application([(r"/endpoint", EndpointHandler)])
class EndpointHandler(tornado.web.RequestHandler):
    def get(self):
        body = {"error": "unauthorized", "message": "Unauthorized"}
        self.set_status(401)
        self.set_header("WWW-Authenticate", 'Bearer realm="api"')
        self.write(body)
