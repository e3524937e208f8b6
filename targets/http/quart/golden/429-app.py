import os
from http import HTTPStatus

from quart import Quart

app = Quart(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


@app.get("/endpoint")
async def endpoint():
    body = {"error": "too_many_requests", "message": "Too Many Requests"}
    headers = {"Retry-After": "60"}
    return body, HTTPStatus.TOO_MANY_REQUESTS, headers


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
