import asyncio
import os

import tornado


class EndpointHandler(tornado.web.RequestHandler):
    def get(self):
        body = {
            "message": "\"quoted\" 'string' \\ back\\slash",
            "js": "${process.env.HOME}",
            "ruby": "#{system('id')} #@x",
            "shell": "$x $(id) `id`",
            "comment": '*/ -- ?> """',
            "lines": "one\ntwo\r\n\tthree\u2028four",
            "unicode": "café 😀 漢字",
            "nested": {"list": [1, 2.5, -3e-7, True, False, None], "": "empty key"},
        }
        self.write(body)


def make_app():
    return tornado.web.Application([(r"/endpoint", EndpointHandler)])


async def main():
    app = make_app()
    app.listen(int(os.environ.get("PORT", "8888")), address="127.0.0.1")
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
