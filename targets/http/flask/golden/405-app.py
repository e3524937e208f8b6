import os
from http import HTTPStatus

from flask import Flask, jsonify

app = Flask(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


@app.get("/endpoint")
def endpoint():
    body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
    headers = {"Allow": "GET, HEAD"}
    return jsonify(body), HTTPStatus.METHOD_NOT_ALLOWED, headers


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
