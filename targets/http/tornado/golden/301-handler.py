import tornado


# tornado.web.Application([(r"/endpoint", EndpointHandler)])
class EndpointHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect("https://example.com/new-endpoint", permanent=True)
