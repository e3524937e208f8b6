from http import HTTPStatus

from flask import Flask

app = Flask(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


@app.get("/endpoint")
def endpoint():
    body = {"error": "not_found", "message": "Not Found"}
    return body, HTTPStatus.NOT_FOUND
