import os
from http import HTTPStatus

from flask import Flask

app = Flask(__name__)


@app.delete("/endpoint")
def endpoint():
    return "", HTTPStatus.NO_CONTENT


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
