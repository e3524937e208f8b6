import os
from http import HTTPStatus

from sanic import Sanic
from sanic.response import json

app = Sanic("App")


@app.get("/endpoint")
async def endpoint(request):
    body = {"error": "internal_server_error", "message": "Internal Server Error"}
    return json(body, status=HTTPStatus.INTERNAL_SERVER_ERROR)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
