from http import HTTPStatus

from flask import Flask, redirect

app = Flask(__name__)


@app.post("/endpoint")
def endpoint():
    return redirect("/endpoint/abc-123", code=HTTPStatus.SEE_OTHER)
