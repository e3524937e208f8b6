import os
from http import HTTPStatus

from sanic import Sanic
from sanic.response import json

app = Sanic("App")


@app.get("/endpoint")
async def endpoint(request):
    body = {"error": "service_unavailable", "message": "Service Unavailable"}
    headers = {"Retry-After": "120"}
    return json(body, status=HTTPStatus.SERVICE_UNAVAILABLE, headers=headers)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
