import os
from http import HTTPStatus

from flask import Flask

app = Flask(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


@app.get("/endpoint")
def endpoint():
    body = {"error": "too_many_requests", "message": "Too Many Requests"}
    headers = {"Retry-After": "60"}
    return body, HTTPStatus.TOO_MANY_REQUESTS, headers


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
