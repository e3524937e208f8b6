import asyncio
import os

import tornado


class EndpointHandler(tornado.web.RequestHandler):
    def post(self):
        body = {
            "id": "abc-123",
            "name": "Example item",
            "created_at": "2026-02-24T12:00:00Z",
        }
        self.set_status(201)
        self.set_header("Location", "/endpoint/abc-123")
        self.write(body)


def make_app():
    return tornado.web.Application([(r"/endpoint", EndpointHandler)])


async def main():
    app = make_app()
    app.listen(int(os.environ.get("PORT", "8888")), address="127.0.0.1")
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
