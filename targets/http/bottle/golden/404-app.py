import os

from bottle import Bottle, HTTPResponse

app = Bottle()


@app.get("/endpoint")
def endpoint():
    body = {"error": "not_found", "message": "Not Found"}
    return HTTPResponse(body, status=404)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))
