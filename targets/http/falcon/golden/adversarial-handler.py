import falcon


# app.py: app.add_route("/endpoint", resources.EndpointResource())
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
