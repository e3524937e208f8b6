import asyncio
import os

import tornado


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


def make_app():
    return tornado.web.Application([(r"/items/([^/]+)", EndpointHandler)])


async def main():
    app = make_app()
    app.listen(int(os.environ.get("PORT", "8888")), address="127.0.0.1")
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
