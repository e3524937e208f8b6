import os
from wsgiref.simple_server import make_server

import falcon


class EndpointResource:
    def on_get(self, req, resp):
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
        resp.status = falcon.HTTP_200
        resp.media = body


app = falcon.App()
app.add_route("/endpoint", EndpointResource())

if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    with make_server("127.0.0.1", port, app) as httpd:
        print(f"Serving on http://127.0.0.1:{port}")
        httpd.serve_forever()
