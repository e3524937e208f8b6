import os
from http import HTTPStatus

from flask import Flask, redirect

app = Flask(__name__)


@app.post("/endpoint")
def endpoint():
    return redirect("/endpoint/abc-123", code=HTTPStatus.SEE_OTHER)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
