import os

from bottle import Bottle, HTTPResponse

app = Bottle()


@app.get("/endpoint")
def endpoint():
    body = {"error": "unauthorized", "message": "Unauthorized"}
    headers = {"WWW-Authenticate": 'Bearer realm="api"'}
    return HTTPResponse(body, status=401, headers=headers)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))
