import os
from http import HTTPStatus

from sanic import Sanic
from sanic.response import json

app = Sanic("App")


@app.post("/endpoint")
async def endpoint(request):
    body = {"status": "accepted", "task_id": "abc-123"}
    return json(body, status=HTTPStatus.ACCEPTED)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
