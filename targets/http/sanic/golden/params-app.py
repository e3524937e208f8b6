import os

from sanic import Sanic
from sanic.response import json

app = Sanic("App")


@app.get("/users/<user_id>/posts/<post_id>")
async def endpoint(request, user_id, post_id):
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return json(body)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
