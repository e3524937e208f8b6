from http import HTTPStatus

from flask import Flask, redirect

app = Flask(__name__)


@app.get("/endpoint")
def endpoint():
    return redirect(
        "https://example.com/new-endpoint", code=HTTPStatus.MOVED_PERMANENTLY
    )
