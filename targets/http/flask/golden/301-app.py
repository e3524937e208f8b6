import os
from http import HTTPStatus

from flask import Flask, redirect

app = Flask(__name__)


@app.get("/endpoint")
def endpoint():
    return redirect(
        "https://example.com/new-endpoint", code=HTTPStatus.MOVED_PERMANENTLY
    )


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
