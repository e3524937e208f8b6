import tornado


# tornado.web.Application([(r"/endpoint", EndpointHandler)])
class EndpointHandler(tornado.web.RequestHandler):
    def post(self):
        problem = {
            "type": "about:blank",
            "title": "Unprocessable Content",
            "status": 422,
            "instance": self.request.path,
        }
        self.set_status(422)
        self.write(problem)
        # write() sets application/json for a dict: the problem type is set after it
        self.set_header("Content-Type", "application/problem+json")
