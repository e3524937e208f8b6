import os

from bottle import Bottle

app = Bottle()


@app.get("/endpoint")
def endpoint():
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return body


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))
