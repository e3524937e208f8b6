import os

from sanic import Sanic
from sanic.response import json

app = Sanic("App")


@app.get("/endpoint")
async def endpoint(request):
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
    return json(body)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
