import os
from http import HTTPStatus

from sanic import Sanic
from sanic.response import json

app = Sanic("App")


# Sanic answers the other methods of this path with 405 and Allow by itself.
@app.delete("/endpoint")
async def endpoint(request):
    body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
    headers = {"Allow": "GET, HEAD"}
    return json(body, status=HTTPStatus.METHOD_NOT_ALLOWED, headers=headers)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
