import tornado


# tornado.web.Application([(r"/items/([^/]+)", EndpointHandler)])
class EndpointHandler(tornado.web.RequestHandler):
    def get(self, item_id):
        problem = {
            "type": "about:blank",
            "title": "Not Found",
            "status": 404,
            "instance": self.request.path,
        }
        self.set_status(404)
        self.write(problem)
        # write() sets application/json for a dict: the problem type is set after it
        self.set_header("Content-Type", "application/problem+json")
