import os

from bottle import Bottle, HTTPResponse

app = Bottle()


@app.get("/endpoint")
def endpoint():
    body = {"error": "service_unavailable", "message": "Service Unavailable"}
    headers = {"Retry-After": "120"}
    return HTTPResponse(body, status=503, headers=headers)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))
