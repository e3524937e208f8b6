import os
from http import HTTPStatus

from flask import Flask, Response

app = Flask(__name__)


@app.get("/endpoint")
def endpoint():
    response = Response(
        status=HTTPStatus.NO_CONTENT,
    )
    del response.headers["Content-Type"]  # no body, so no content type
    return response


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
