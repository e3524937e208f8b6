from http import HTTPStatus

from flask import Flask

app = Flask(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


@app.get("/endpoint")
def endpoint():
    body = {"error": "unauthorized", "message": "Unauthorized"}
    headers = {"WWW-Authenticate": 'Bearer realm="api"'}
    return body, HTTPStatus.UNAUTHORIZED, headers
