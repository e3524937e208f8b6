import os
from http import HTTPStatus

from sanic import Sanic
from sanic.response import json

app = Sanic("App")


@app.get("/endpoint")
async def endpoint(request):
    body = {"error": "not_found", "message": "Not Found"}
    return json(body, status=HTTPStatus.NOT_FOUND)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
