import tornado


# tornado.web.Application([(r"/endpoint", EndpointHandler)])
class EndpointHandler(tornado.web.RequestHandler):
    def post(self):
        body = {"status": "accepted", "task_id": "abc-123"}
        self.set_status(202)
        self.write(body)
