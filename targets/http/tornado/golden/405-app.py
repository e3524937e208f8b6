import asyncio
import os

import tornado


class EndpointHandler(tornado.web.RequestHandler):
    # Tornado answers other methods with 405 by itself (without an Allow header).
    def delete(self):
        body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
        self.set_status(405)
        self.set_header("Allow", "GET, HEAD")
        self.write(body)


def make_app():
    return tornado.web.Application([(r"/endpoint", EndpointHandler)])


async def main():
    app = make_app()
    app.listen(int(os.environ.get("PORT", "8888")), address="127.0.0.1")
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
