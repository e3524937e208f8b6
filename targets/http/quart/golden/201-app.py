import os
from http import HTTPStatus

from quart import Quart

app = Quart(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


@app.post("/endpoint")
async def endpoint():
    body = {
        "id": "abc-123",
        "name": "Example item",
        "created_at": "2026-02-24T12:00:00Z",
    }
    headers = {"Location": "/endpoint/abc-123"}
    return body, HTTPStatus.CREATED, headers


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
