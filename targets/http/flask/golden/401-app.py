import os
from http import HTTPStatus

from flask import Flask

app = Flask(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


@app.get("/endpoint")
def endpoint():
    body = {"error": "unauthorized", "message": "Unauthorized"}
    headers = {"WWW-Authenticate": 'Bearer realm="api"'}
    return body, HTTPStatus.UNAUTHORIZED, headers


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
