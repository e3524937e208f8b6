import tornado


# tornado.web.Application([(r"/endpoint", EndpointHandler)])
class EndpointHandler(tornado.web.RequestHandler):
    def post(self):
        self.redirect("/endpoint/abc-123", status=303)
