from http import HTTPStatus

from flask import Flask

app = Flask(__name__)


@app.delete("/endpoint")
def endpoint():
    return "", HTTPStatus.NO_CONTENT
