import os
from http import HTTPStatus

from sanic import Sanic
from sanic.response import json

app = Sanic("App")


@app.get("/endpoint")
async def endpoint(request):
    body = {"error": "too_many_requests", "message": "Too Many Requests"}
    headers = {"Retry-After": "60"}
    return json(body, status=HTTPStatus.TOO_MANY_REQUESTS, headers=headers)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
