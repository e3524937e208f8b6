import os

from bottle import Bottle, HTTPResponse

app = Bottle()


@app.post("/endpoint")
def endpoint():
    body = {"status": "accepted", "task_id": "abc-123"}
    return HTTPResponse(body, status=202)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))
