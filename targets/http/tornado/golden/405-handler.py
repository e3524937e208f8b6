import tornado


# tornado.web.Application([(r"/endpoint", EndpointHandler)])
class EndpointHandler(tornado.web.RequestHandler):
    # Tornado answers other methods with 405 by itself (without an Allow header).
    def delete(self):
        body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
        self.set_status(405)
        self.set_header("Allow", "GET, HEAD")
        self.write(body)
